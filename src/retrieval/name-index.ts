import type { DerivedNames, Place } from '../core/place.ts';
import { deriveNames } from './derive-names.ts';
import { latinNameOf } from '../text/english-names.ts';
import { toHiragana } from '../text/kana.ts';
import { questionForms, type QuestionForms } from './name-match.ts';
import { romajiKey } from '../text/text-keys.ts';
import { TOPICS } from './topics.ts';

/** A place named in a question, with where its name stands (Japanese forms only; -1 for kana and Latin). */
export interface NamedHit {
  place: Place;
  start: number;
  end: number;
  /** Characters of the name matched: longer names are more specific. */
  length: number;
}

/** Topic words are not names, even when a record is called just that (an AED at 図書館, a toilet 公衆便所). */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(TOPICS.flatMap((topic) => topic.keywords.flatMap((keyword) => [keyword.toLowerCase(), toHiragana(keyword), romajiKey(keyword)])));

interface Entry {
  form: string;
  place: Place;
}

/**
 * Which places a question names in full: a dictionary of every place's names, looked up at each position of the
 * question by the name's first characters (a prefix bucket), then compared whole. Exact by design: "学園" is not
 * 品川学園, and a name inside a longer named one (中央公園 in 新宿中央公園) does not count when the longer one is
 * a place too. Measured against MiniSearch and FlexSearch in bench/retrieval-libraries.ts (docs/adr/0002).
 */
export class NameIndex {
  private readonly japanese = new Map<string, Entry[]>();
  private readonly kana = new Map<string, Entry[]>();
  /** Long readings without their voicing marks (さぎょうじょ and さぎょうしょ are one name said two ways). */
  private readonly plainKana = new Map<string, Entry[]>();
  private readonly latin = new Map<string, Entry[]>();
  private readonly latinNames = new Map<string, string | undefined>();

  /** `derived` (aligned with `places`) comes from the snapshot; without it each place's forms are computed here. */
  constructor(places: readonly Place[], derived?: readonly DerivedNames[]) {
    places.forEach((place, i) => {
      const names = derived?.[i] ?? deriveNames(place);
      this.latinNames.set(place.id, names.latin);
      for (const form of names.japanese) if (!TOPIC_WORDS.has(form)) add(this.japanese, form.slice(0, 2), { form, place });
      for (const form of names.kana) {
        if (TOPIC_WORDS.has(form)) continue;
        add(this.kana, form.slice(0, 2), { form, place });
        if (form.length >= MIN_PLAIN_KANA) add(this.plainKana, unvoiced(form.slice(0, 2)), { form: unvoiced(form), place });
      }
      for (const form of names.latinKeys) if (!TOPIC_WORDS.has(form)) add(this.latin, form.slice(0, 3), { form, place });
    });
  }

  /** The place's name in Latin letters, computed once at build (latinNameOf). */
  latinName(place: Place): string | undefined {
    return this.latinNames.has(place.id) ? this.latinNames.get(place.id) : latinNameOf(place.name);
  }

  /** Places the text names, longest name first; names covered by a longer named place are dropped. */
  find(text: string, accept: (place: Place) => boolean = () => true): NamedHit[] {
    const forms = questionForms(text);
    const at = (i: number) => forms.positions[i] as number;
    const hits: NamedHit[] = [];
    const japaneseHit = (entry: Entry, i: number) => hits.push({ place: entry.place, start: at(i), end: at(i + entry.form.length - 1) + 1, length: entry.form.length });
    scan(forms.japanese, this.japanese, 2, japaneseHit);
    // a reading inside a longer word is not a name (わこうえん in ふかがわこうえん)
    scan(forms.kana, this.kana, 2, (entry, i) => startsWord(forms, i) && japaneseHit(entry, i));
    // (a long reading said with another voicing, as compounds are: ふくし さぎょうじょ for ふくしさぎょうしょ)
    if (hits.length === 0) scan(unvoiced(forms.kana), this.plainKana, 2, (entry, i) => startsWord(forms, i) && endsWord(forms, i + entry.form.length) && japaneseHit(entry, i));
    scan(forms.latin, this.latin, 3, (entry) => hits.push({ place: entry.place, start: -1, end: -1, length: Math.ceil(entry.form.length / 2) }));
    const longest = Math.max(0, ...hits.map((hit) => hit.length));
    const seen = new Set<string>();
    // Equal names (公衆電話(…) in many places): the one whose other characters the question also holds first,
    // then the plainest (ひばりが丘中学校 before 市立ひばりが丘中学校).
    const overlap = new Map(hits.map((hit) => [hit, sharedBigrams(forms.japanese, hit.place.name.ja)]));
    return hits
      .filter((hit) => hit.length === longest || !hits.some((other) => other.length > hit.length && covers(other, hit)))
      .sort((a, b) => b.length - a.length || (overlap.get(b) as number) - (overlap.get(a) as number) || a.place.name.ja.length - b.place.name.ja.length)
      .filter((hit) => accept(hit.place) && !seen.has(hit.place.id) && seen.add(hit.place.id) !== undefined);
  }
}

/** Particles a name in kana may follow with no space (えきのきばこうえん); not が, which ends words too (ふかがわ). */
const PARTICLES = new Set([...'のはをにでとへもやかね']);
/** Particles (and っ of って) a name in kana may be followed by with no space: が too (やまもとていが). */
const PARTICLES_AFTER = new Set([...'のはをにでとへもやかがねっ']);
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

/**
 * Whether character `i` of the question's kana form starts a word: first, after a space or a character that is
 * not kana, or after a particle.
 */
export function startsWord(forms: QuestionForms, i: number): boolean {
  if (i === 0 || (forms.positions[i] as number) - (forms.positions[i - 1] as number) > 1) return true;
  const previous = forms.kana.charAt(i - 1);
  return !KANA.test(previous) || PARTICLES.has(previous);
}

/** Whether the kana form ends a word before character `end`: last, before a space, a particle or a character not kana. */
export function endsWord(forms: QuestionForms, end: number): boolean {
  if (end >= forms.kana.length || (forms.positions[end] as number) - (forms.positions[end - 1] as number) > 1) return true;
  const next = forms.kana.charAt(end);
  return !KANA.test(next) || PARTICLES_AFTER.has(next);
}

/** A reading this long at least may be matched without its voicing marks. */
const MIN_PLAIN_KANA = 7;

/** Kana without their voicing marks (が → か, ぱ → は), one character for one. */
function unvoiced(kana: string): string {
  return kana.normalize('NFD').replace(/[\u3099\u309a]/g, '').normalize('NFC');
}

function sharedBigrams(question: string, name: string): number {
  let shared = 0;
  for (let i = 0; i + 1 < name.length; i += 1) if (question.includes(name.slice(i, i + 2))) shared += 1;
  return shared;
}

function covers(outer: NamedHit, inner: NamedHit): boolean {
  if (outer.start < 0 || inner.start < 0) return outer.start < 0 && inner.start < 0;
  return outer.start <= inner.start && outer.end >= inner.end;
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function scan(text: string, map: Map<string, Entry[]>, prefix: number, found: (entry: Entry, at: number) => void): void {
  for (let at = 0; at + prefix <= text.length; at += 1) {
    const bucket = map.get(text.slice(at, at + prefix));
    if (!bucket) continue;
    for (const entry of bucket) if (text.startsWith(entry.form, at)) found(entry, at);
  }
}
