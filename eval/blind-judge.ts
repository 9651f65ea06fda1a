import type { Corpus, Place } from '../src/core/place.ts';
import { type ApiSource, InventionChecker, TOKYO_CONTACT_URL } from './invention-checker.ts';

/**
 * The judge of a blind batch (eval/blind/README.md): it applies the rules the batch's writer was given, and knows
 * nothing of the batch. Written before the batch's first run.
 */

export interface BlindExpectation {
  status: 'answered' | 'declined' | 'clarify' | 'greeting' | 'unsupported-language';
  mention?: string[][];
  mentionNot?: string[];
  sourcesInclude?: string[];
  firstSource?: string[];
  sourcesOnly?: string[];
  sourcesExclude?: string[];
  minSources?: number;
  contact?: string[];
}

export interface BlindTurn {
  message: string;
  location?: { lat: number; lon: number };
}

export interface BlindCase {
  id: string;
  lang: string;
  kind: string;
  dataset: string | null;
  message: string;
  location?: { lat: number; lon: number };
  sendLang?: string;
  expect: BlindExpectation;
  note?: string;
}

export interface BlindConversation {
  id: string;
  lang: string;
  kind: string;
  dataset: string | null;
  turns: BlindTurn[];
  expect: BlindExpectation;
  note?: string;
}

export interface BlindBatch {
  batch: string;
  writtenBy: string;
  frozenAt: string;
  cases: BlindCase[];
  conversations: BlindConversation[];
}

export interface ApiReply {
  lang: string;
  status: string;
  answer: string;
  sources: ApiSource[];
}

export interface BlindVerdict {
  correct: boolean;
  reasons: string[];
  /** An invented fact was found (never allowed, whatever the expectation). */
  invented: boolean;
}

const STATUSES: Record<BlindExpectation['status'], ReadonlySet<string>> = {
  answered: new Set(['answered', 'degraded_fallback']),
  // the README names the two unanswerable statuses; a guardrail that declines advice declines too
  declined: new Set(['unanswerable_no_sources', 'unanswerable_out_of_scope', 'guardrail_declined']),
  clarify: new Set(['clarification_needed']),
  greeting: new Set(['greeting']),
  'unsupported-language': new Set(['unanswerable_out_of_scope', 'unanswerable_no_sources', 'clarification_needed']),
};

/** NFKC, lower case, spaces removed: how the README says strings are compared. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export class BlindJudge {
  private readonly places: ReadonlyMap<string, Place>;
  private readonly checker: InventionChecker;

  constructor(corpus: Corpus) {
    this.places = new Map(corpus.places.map((place) => [place.id, place]));
    this.checker = new InventionChecker(corpus);
  }

  judge(lang: string, expect: BlindExpectation, httpStatus: number, reply: ApiReply): BlindVerdict {
    const reasons: string[] = [];
    if (httpStatus !== 200) return { correct: false, reasons: [`HTTP ${httpStatus}`], invented: false };
    const inventions = this.checker.check(reply.answer, reply.sources);
    for (const invention of inventions) reasons.push(`invented ${invention.kind}: ${invention.value}`);
    if (!STATUSES[expect.status].has(reply.status)) reasons.push(`status ${reply.status}, expected ${expect.status}`);
    if (expect.status === 'unsupported-language') {
      if (!/english/i.test(reply.answer) || !/日本語/.test(reply.answer)) reasons.push('the reply does not name English and Japanese');
    } else if (reply.lang !== lang) reasons.push(`answered in ${reply.lang}, asked in ${lang}`);
    const text = fold(reply.answer);
    for (const group of expect.mention ?? []) if (!group.some((alternative) => text.includes(fold(alternative)))) reasons.push(`does not mention ${group.join(' / ')}`);
    for (const word of expect.mentionNot ?? []) if (text.includes(fold(word))) reasons.push(`mentions ${word}`);
    const names = reply.sources.map((source) => this.nameOf(source));
    const has = (name: string) => names.some((found) => found.includes(fold(name)));
    for (const name of expect.sourcesInclude ?? []) if (!has(name)) reasons.push(`no source named ${name}`);
    if (expect.firstSource && !expect.firstSource.some((name) => names[0]?.includes(fold(name)))) reasons.push(`first source is ${names[0] ?? 'none'}, expected ${expect.firstSource.join(' / ')}`);
    if (expect.sourcesOnly) {
      const allowed = new Set(expect.sourcesOnly.map(fold));
      for (const [i, found] of names.entries()) if (!found.some((name) => allowed.has(name))) reasons.push(`source ${reply.sources[i]?.title} is not among the expected`);
    }
    for (const name of expect.sourcesExclude ?? []) if (has(name)) reasons.push(`source ${name} should not be given`);
    if (expect.minSources !== undefined && reply.sources.length < expect.minSources) reasons.push(`${reply.sources.length} sources, expected at least ${expect.minSources}`);
    if (expect.contact && !expect.contact.some((contact) => text.includes(fold(contact)))) reasons.push(`no contact among ${expect.contact.join(' / ')}`);
    return { correct: reasons.length === 0, reasons, invented: inventions.length > 0 };
  }

  /**
   * The names a source goes by, folded: its record's Japanese name from the snapshot (the API's title may be a
   * translation), and the title itself.
   */
  private nameOf(source: ApiSource): string[] & { includes(name: string): boolean } {
    const place = this.places.get(source.id);
    const forms = [place?.name.ja, place?.name.en, source.title].filter((form): form is string => form !== undefined).map(fold);
    const list = forms as string[] & { includes(name: string): boolean };
    list.includes = (name: string) => forms.some((form) => form === name || form.includes(name));
    return list;
  }
}

export { TOKYO_CONTACT_URL };
