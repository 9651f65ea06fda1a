import type { Corpus, Place } from '../src/core/place.ts';
import type { SourceView } from '../src/core/chat.ts';
import { GUARDRAIL_REPLIES } from '../src/i18n/guardrail-replies.ts';

/** A source as the API lists it. */
export type ApiSource = Pick<SourceView, 'id' | 'title' | 'dataset' | 'publisher' | 'license' | 'url' | 'address' | 'phone' | 'mapUrl' | 'distanceMeters'>;

export interface Invention {
  kind: 'phone' | 'url' | 'address' | 'place';
  value: string;
}

/** The Tokyo Metropolitan Government's own site: the contact when no municipality is known. */
export const TOKYO_CONTACT_URL = 'https://www.metro.tokyo.lg.jp/';

const PHONE = /(?<![\d-])(?:\(0\d{1,4}\)\s?\d{1,4}-\d{3,4}|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10})(?![\d-])/g;
/** A link ends at the first character a URL cannot hold (links are ASCII), and a sentence's full stop is not its. */
const URL = /https?:\/\/[\x21-\x7e]+?(?=[.,;:!?]?(?:[^\x21-\x7e]|$)|[)"'<>])/g;
const NUMBERED_LINE = /^\s*\d+\.\s+(.+)$/gm;

/**
 * Finds what an answer says that its sources do not hold: phone numbers, URLs and addresses not in the listed
 * sources' records nor among the official contacts (every municipal office in the data, and the Tokyo
 * Metropolitan Government), and places listed that are not among the sources. The emergency numbers 119 and 110
 * are not phone numbers of a facility and are allowed.
 */
export class InventionChecker {
  private readonly places: ReadonlyMap<string, Place>;
  private readonly contactUrls: ReadonlySet<string>;
  private readonly contactPhones: ReadonlySet<string>;
  /** 東京都 followed by one of its municipalities: an address, not a name that starts with 東京都 (東京都美術館). */
  private readonly address: RegExp;

  constructor(corpus: Corpus) {
    this.places = new Map(corpus.places.map((place) => [place.id, place]));
    const offices = corpus.places.filter((place) => place.category === 'municipal_office');
    // the service's fixed replies (guardrail-replies.ts) name official help lines and sites: reviewed, not generated
    const fixed = Object.values(GUARDRAIL_REPLIES).flatMap((replies) => Object.values(replies)).join('\n');
    this.contactUrls = new Set([TOKYO_CONTACT_URL, ...offices.flatMap((office) => (office.url ? [office.url] : [])), ...[...fixed.matchAll(URL)].map(([url]) => url)]);
    this.contactPhones = new Set([...offices.flatMap((office) => (office.phone ? [digits(office.phone)] : [])), ...[...fixed.matchAll(PHONE)].map(([phone]) => digits(phone))]);
    const wards = [...new Set(offices.flatMap((office) => (office.ward ? [office.ward] : [])))].sort((a, b) => b.length - a.length);
    // eslint-disable-next-line security/detect-non-literal-regexp -- built from the municipality names in the data
    this.address = new RegExp(`東京都(?:西多摩郡)?(?:${wards.join('|')})[^\\s,，、。）)」』；;]*`, 'g');
  }

  /** Every invented value in the answer (an empty list when everything is grounded). */
  check(answer: string, sources: readonly ApiSource[]): Invention[] {
    const records = sources.map((source) => ({ source, place: this.places.get(source.id) }));
    const recordText = records.map(({ source, place }) => JSON.stringify([source, place ?? null])).join('\n');
    const phones = new Set(records.flatMap(({ source, place }) => [source.phone, place?.phone].filter((p): p is string => Boolean(p)).map(digits)));
    const inventions: Invention[] = [];
    for (const [phone] of answer.matchAll(PHONE)) {
      if (!phones.has(digits(phone)) && !this.contactPhones.has(digits(phone))) inventions.push({ kind: 'phone', value: phone });
    }
    for (const [url] of answer.matchAll(URL)) {
      if (!this.contactUrls.has(url) && !recordText.includes(JSON.stringify(url).slice(1, -1))) inventions.push({ kind: 'url', value: url });
    }
    for (const [address] of answer.matchAll(this.address)) {
      // the match runs on into the sentence ("…3-9-30にあります"): a known address it starts with confirms it
      if (!records.some(({ source, place }) => [source.address, place?.address].some((known) => known !== undefined && (known.includes(address) || address.startsWith(known))))) {
        inventions.push({ kind: 'address', value: address });
      }
    }
    for (const [, line] of answer.matchAll(NUMBERED_LINE)) {
      const name = (line as string).trim();
      if (!sources.some((source) => name.startsWith(source.title))) inventions.push({ kind: 'place', value: name });
    }
    return inventions;
  }
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}
