import type { GazetteerEntry, Place, PlaceName } from '../core/place.ts';
import { dropKana, mainPartOf, PREFIXES, plainKana, tidyEnglish } from '../text/english-names.ts';
import { hangulKey, isHangulSyllable, kanaToHangul } from '../text/hangul.ts';
import { toHiragana } from '../text/kana.ts';
import { GENERIC_ENGLISH_WORDS, type GlossWord, MATCH_GLOSSARY, OWNER_WORDS } from './name-glossary.ts';
import type { NamedHit } from './name-index.ts';
import { readingOfName } from './name-match.ts';
import { romajiKey } from '../text/text-keys.ts';

/**
 * Facility names said the way English and Korean speakers say them: the proper part as it sounds, the common
 * words translated (name-glossary.ts), in any order in English ("Museum of Contemporary Art Tokyo" is
 * 東京都現代美術館, "Tora-san museum" is 葛飾柴又寅さん記念館) and in Japanese order in Korean (도쿄도립 다마 도서관 is
 * 東京都立多摩図書館). The exact forms (name-index.ts) find names said in full; this finds them said in translation.
 */

type Role = 'owner' | 'generic' | 'word' | 'optional' | 'proper' | 'place';

/** One part of a name and the ways to say it: English phrases (romaji keys of their words) and Hangul keys. */
interface Part {
  role: Role;
  en: string[][];
  ko: string[];
}

interface Named {
  place: Place;
  /** For English (from the data's English name when it has one). */
  en: Part[];
  /** For Korean (from the Japanese name and its reading); empty when the reading does not align. */
  ko: Part[];
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/**
 * Any record can be asked for by name, in English or Korean ("Ueno Zoo" is in the data only as the name of a
 * Wi-Fi spot there; a school is asked for as a shelter): every record whose name and reading cut into parts is
 * indexed (about 0.2 s at start for the whole corpus, warm).
 */
/** Words English puts between the parts of a name ("Museum of Contemporary Art"). */
const STOPWORDS = new Set(['of', 'the', 'and']);
/** Question words joined to match one name word ("Tora-san" → torasan, "Edo Tokyo" → edotokyo). */
const MAX_JOINED = 4;
const MAX_KOREAN_FORMS = 48;
/** A Korean form shorter than this (in syllables) is too common a word to be a name. */
const MIN_KOREAN = 3;
/** A name said as one word in Hangul must be this long to be taken for a name (syllable keys). */
const MIN_SINGLE_KOREAN = 5;

export class CrossLingualNames {
  private readonly named: Named[] = [];
  /** English word key → the names holding it. */
  private readonly byWord = new Map<string, Named[]>();
  /** First two syllables of a Korean form → forms and names. */
  private readonly korean = new Map<string, Array<{ form: string; named: Named }>>();

  constructor(places: Iterable<Place>, gazetteer: readonly GazetteerEntry[]) {
    const exact = new Set<string>();
    const tails = new Map<string, Named[]>();
    const placeKeys = new Set(gazetteer.flatMap((entry) => (entry.kana ? [romajiKey(entry.kana), romajiKey(entry.kana.replace(/(く|し|ク|シ)$/, ''))] : [])));
    for (const place of places) {
      const ko = partsOf(place.name, placeKeys) ?? [];
      const en = place.name.en ? englishPartsOf(place.name.en, placeKeys) : ko;
      if (en.length < 2 && ko.length < 2 && koreanForms(ko).length === 0) continue;
      const named: Named = { place, en, ko };
      this.named.push(named);
      for (const form of koreanForms(ko)) {
        push(this.korean, form.slice(0, 2), { form, named });
        exact.add(form);
      }
      for (const form of new Set(koreanForms(ko, true))) push(tails, form, named);
    }
    // names said without where the place is (도라상 기념관), when no other name is said so or in full that way
    for (const [form, holders] of tails) if (holders.length === 1 && !exact.has(form)) push(this.korean, form.slice(0, 2), { form, named: holders[0] as Named });
    // A name is looked up by the words of its rarest part that must be said (satisfies): a question holding
    // "station" does not make every station's toilet a candidate, only the names whose own part it says.
    const frequency = new Map<string, number>();
    for (const named of this.named) for (const key of new Set(named.en.flatMap((part) => part.en.flat()))) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    for (const named of this.named) for (const key of lookupWords(named.en, frequency)) push(this.byWord, key, named);
  }

  /** Places the question names in English or Korean, best match first. */
  find(text: string): NamedHit[] {
    const nfkc = text.normalize('NFKC');
    const hits = [...(/[a-z]/i.test(nfkc) ? this.findEnglish(nfkc) : []), ...(/[\uac00-\ud7a3]/.test(nfkc) ? this.findKorean(nfkc) : [])];
    const seen = new Set<string>();
    return hits.sort((a, b) => b.length - a.length).filter((hit) => !seen.has(hit.place.id) && seen.add(hit.place.id) !== undefined);
  }

  private findEnglish(text: string): NamedHit[] {
    const words: Word[] = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({ key: romajiKey(m[0]), start: m.index, end: m.index + m[0].length }));
    // Every run of up to MAX_JOINED words, joined, and each single word also without a plural s.
    const runs = new Map<string, Array<[number, number]>>();
    words.forEach((word, i) => {
      if (word.key.length > 3 && word.key.endsWith('s')) push(runs, word.key.slice(0, -1), [i, i] as [number, number]);
      let joined = '';
      for (let j = i; j < Math.min(words.length, i + MAX_JOINED); j += 1) {
        joined += (words[j] as Word).key;
        push(runs, joined, [i, j] as [number, number]);
      }
    });
    const candidates = new Set([...runs.keys()].flatMap((key) => this.byWord.get(key) ?? []));
    const hits: NamedHit[] = [];
    for (const named of candidates) {
      const all = named.en.map((part) => matchEnglish(part, runs));
      // The name's words stand together, with only "of", "the", "and" between them; where the place is may be said
      // apart ("Tora-san museum in Shibamata").
      const matched = [all, all.map((m, i) => (named.en[i]?.role === 'place' ? undefined : m))].find(
        (option) => satisfies(named.en, option.map((m) => m !== undefined)) && together(option, words),
      );
      if (!matched) continue;
      const used = new Set(matched.flatMap((m) => m ?? []));
      const start = (words[Math.min(...used)] as Word).start;
      const end = (words[Math.max(...used)] as Word).end;
      hits.push({ place: named.place, start, end, length: used.size * 2 + matched.filter(Boolean).length });
    }
    return hits;
  }

  private findKorean(text: string): NamedHit[] {
    let key = '';
    const positions: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const char = text.charAt(i);
      if (!isHangulSyllable(char)) continue;
      key += hangulKey(char);
      positions.push(i);
    }
    const hits: NamedHit[] = [];
    for (let at = 0; at + 2 <= key.length; at += 1) {
      for (const { form, named } of this.korean.get(key.slice(at, at + 2)) ?? []) {
        if (!key.startsWith(form, at)) continue;
        hits.push({ place: named.place, start: positions[at] as number, end: (positions[at + form.length - 1] as number) + 1, length: form.length });
      }
    }
    return hits;
  }
}

/** Whether the question words matched stand together, with only stop words between them. */
function together(matched: ReadonlyArray<number[] | undefined>, words: readonly Word[]): boolean {
  const used = new Set(matched.flatMap((m) => m ?? []));
  if (used.size === 0) return false;
  for (let i = Math.min(...used); i <= Math.max(...used); i += 1) if (!used.has(i) && !STOPWORDS.has((words[i] as Word).key)) return false;
  return true;
}

/** Parts every match must say (satisfies): generic, translated and proper words. */
const REQUIRED_ROLES: ReadonlySet<Role> = new Set(['generic', 'word', 'proper']);

/** The words a name is looked up by: those of its rarest required part, or of every part when none is required. */
function lookupWords(parts: readonly Part[], frequency: ReadonlyMap<string, number>): Set<string> {
  const required = parts.filter((part) => REQUIRED_ROLES.has(part.role) && part.en.length > 0);
  if (required.length === 0) return new Set(parts.flatMap((part) => part.en.flat()));
  const weight = (part: Part) => Math.max(...part.en.flat().map((word) => frequency.get(word) ?? 0));
  const rarest = required.reduce((best, part) => (weight(part) < weight(best) ? part : best));
  return new Set(rarest.en.flat());
}

/** The question words (indexes) that say this part, if any of its phrases is said in full. */
function matchEnglish(part: Part, runs: ReadonlyMap<string, Array<[number, number]>>): number[] | undefined {
  for (const phrase of part.en) {
    const used: number[] = [];
    for (const word of phrase) {
      const run = runs.get(word)?.[0];
      if (!run) break;
      for (let i = run[0]; i <= run[1]; i += 1) used.push(i);
    }
    if (used.length > 0 && phrase.every((word) => runs.has(word))) return used;
  }
  return undefined;
}

/**
 * Whether the parts said name the place: every proper, translated and generic part; a place name inside it
 * (Shibamata, Katsushika) only when nothing more particular is said; the owner (Tokyo Metropolitan) only when the
 * name has no proper part, only words that say what it is (東京都美術館, 東京都現代美術館: "contemporary art museum"
 * is a kind, not a name); and two parts at least, so a kind alone names nothing.
 */
function satisfies(parts: readonly Part[], said: readonly boolean[]): boolean {
  const properSaid = parts.some((part, i) => part.role === 'proper' && said[i]);
  const substance = parts.some((part) => part.role === 'proper' || part.role === 'place');
  let count = 0;
  for (const [i, part] of parts.entries()) {
    if (said[i]) count += 1;
    else if (part.role === 'generic' || part.role === 'word' || part.role === 'proper') return false;
    else if (part.role === 'place' && !properSaid) return false;
    else if (part.role === 'owner' && !substance && part.en.length > 0) return false;
  }
  return count >= 2;
}

/** The Korean ways to write the whole name, in Japanese order, with the parts people drop left out or not. */
function koreanForms(parts: readonly Part[], withTails = false): string[] {
  // a name that is one proper part (豊洲北小学校 read whole when the glossary does not cut it) in Hangul, if long
  if (parts.length === 1 && parts[0]?.role === 'proper') {
    const whole = parts[0].ko[0] ?? '';
    if (whole.length < MIN_SINGLE_KOREAN) return [];
    // (or without where it is, 가쓰시카구 야마모토데이 said 야마모토테이, when still long enough to be a name)
    const tails = withTails ? Array.from({ length: Math.max(0, whole.length - MIN_SINGLE_KOREAN) }, (_, cut) => whole.slice(cut + 1)) : [];
    return [whole, ...tails];
  }
  if (parts.length < 2 || parts.some((part) => part.ko.length === 0 && part.role !== 'owner')) return [];
  const properSaid = parts.some((part) => part.role === 'proper');
  const substance = parts.some((part) => part.role === 'proper' || part.role === 'place');
  let forms: Array<{ text: string; said: number }> = [{ text: '', said: 0 }];
  let first = true;
  for (const part of parts) {
    const droppable = part.role === 'optional' || (part.role === 'place' && properSaid) || (part.role === 'owner' && (substance || part.ko.length === 0));
    // a first proper part that begins with where the place is (葛飾柴又|寅さん) is said without it: 도라상 기념관
    const tails = withTails && first && part.role === 'proper' ? part.ko.flatMap((ko) => Array.from({ length: Math.max(0, ko.length - MIN_KOREAN) }, (_, cut) => ko.slice(cut + 1))) : [];
    if (part.role !== 'owner') first = false;
    const options = [...part.ko, ...tails, ...(droppable ? [''] : [])];
    forms = forms.flatMap((form) => options.map((option) => ({ text: form.text + option, said: form.said + (option ? 1 : 0) }))).slice(0, MAX_KOREAN_FORMS);
  }
  return [...new Set(forms.filter((form) => form.said >= 2 && form.text.length >= MIN_KOREAN).map((form) => form.text))];
}

/**
 * The name cut into owner, proper parts and glossary words, aligned with its reading (東京都|写真|美術館 with
 * とうきょうと|しゃしん|びじゅつかん); undefined when the reading is missing or does not align.
 */
function partsOf(name: PlaceName, placeKeys: ReadonlySet<string>): Part[] | undefined {
  const reading = readingOfName(name);
  if (!reading) return undefined;
  let ja = mainPartOf(name.ja).normalize('NFKC').replace(/\s+/g, '');
  let kana = toHiragana(reading.normalize('NFKC')).trim();
  const head: Part[] = [];
  const tail: Part[] = [];
  for (const prefix of PREFIXES) {
    const cut = prefix.ja.test(ja) ? prefix.kana.exec(plainKana(kana))?.[0] : undefined;
    if (!cut) continue;
    ja = ja.replace(prefix.ja, '');
    kana = dropKana(kana, cut.length, 0);
    const words = OWNER_WORDS[prefix.en];
    // the owner translated (도립) or said as it reads (도리쓰)
    head.push({ role: 'owner', en: (words?.en ?? []).map(phraseKeys), ko: [...(words?.ko ?? []).map(hangulKey), hangulKey(kanaToHangul(cut))] });
    break;
  }
  for (let peeled = true; peeled && ja.length > 0; ) {
    peeled = false;
    const plain = plainKana(kana);
    for (const entry of glossaryCandidates(ja)) {
      const atEnd = ja.endsWith(entry.ja) ? entry.kana.find((reading) => plain.endsWith(reading)) : undefined;
      const atStart = !atEnd && entry.role !== 'generic' && ja.startsWith(entry.ja) ? entry.kana.find((reading) => plain.startsWith(reading)) : undefined;
      if (atEnd) {
        tail.unshift(glossPart(entry, atEnd));
        ja = ja.slice(0, -entry.ja.length);
        kana = dropKana(kana, 0, atEnd.length);
      } else if (atStart) {
        head.push(glossPart(entry, atStart));
        ja = ja.slice(entry.ja.length);
        kana = dropKana(kana, atStart.length, 0);
      } else continue;
      peeled = true;
      break;
    }
  }
  const rest = kana.split(/[\s・]+/).filter(Boolean);
  if ((ja.length > 0) !== (rest.length > 0)) return undefined;
  const proper = rest.map((reading): Part => {
    const key = romajiKey(reading);
    return { role: placeKeys.has(key) ? 'place' : 'proper', en: [[key]], ko: [hangulKey(kanaToHangul(reading))] };
  });
  return [...head, ...proper, ...tail];
}

/** Glossary words by their last and first character: a name is compared with the few that may end or start it. */
const BY_LAST = new Map<string, GlossWord[]>();
const BY_FIRST = new Map<string, GlossWord[]>();
for (const entry of MATCH_GLOSSARY) {
  push(BY_LAST, entry.ja.at(-1) as string, entry);
  push(BY_FIRST, entry.ja.charAt(0), entry);
}
const GLOSS_ORDER = new Map(MATCH_GLOSSARY.map((entry, i) => [entry, i]));

/** The glossary words that may end or start the name, in the glossary's order (longest first). */
function glossaryCandidates(ja: string): GlossWord[] {
  const found = new Set([...(BY_LAST.get(ja.at(-1) ?? '') ?? []), ...(BY_FIRST.get(ja.charAt(0)) ?? [])]);
  return [...found].sort((a, b) => (GLOSS_ORDER.get(a) ?? 0) - (GLOSS_ORDER.get(b) ?? 0));
}

/** A name the data gives in English, word by word: the kind words are generic, municipality and station names places. */
function englishPartsOf(en: string, placeKeys: ReadonlySet<string>): Part[] {
  return tidyEnglish(en)
    .split(/\s+/)
    .map((word) => ({ key: romajiKey(word), plain: word.toLowerCase().replace(/[^a-z]/g, '') }))
    .filter(({ key }) => key.length > 0 && !STOPWORDS.has(key))
    .map(({ key, plain }): Part => ({ role: GENERIC_ENGLISH_WORDS.has(plain) ? 'generic' : placeKeys.has(key) ? 'place' : 'proper', en: [[key]], ko: [] }));
}

/** Glossary words recur in hundreds of names: their keys are computed once per word and reading. */
const GLOSS_PARTS = new Map<string, Part>();

function glossPart(entry: GlossWord, reading: string): Part {
  const id = `${entry.ja}:${reading}`;
  let part = GLOSS_PARTS.get(id);
  if (!part) {
    part = {
      role: entry.role,
      en: [...entry.en.map(phraseKeys), [romajiKey(reading)]],
      ko: [...entry.ko.map(hangulKey), hangulKey(kanaToHangul(reading))],
    };
    GLOSS_PARTS.set(id, part);
  }
  return part;
}

function phraseKeys(phrase: string): string[] {
  return phrase.split(' ').map((word) => romajiKey(word));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
