import type { PlaceTerm } from '../../i18n/place-terms.ts';
import type { NameVocabulary, ProperWord, Segment } from './segment.ts';
import { toHiragana } from '../../text/kana.ts';
import type { NameToken } from '../readings.ts';
import { numberAt } from './number-segments.ts';

export type { MunicipalityName, NameVocabulary, ProperWord, Segment } from './segment.ts';

const SEPARATOR = /^[\s・･、,，「」『』（）()［］[\]〈〉《》【】~〜～:：!！?？"“”]+$/u;
const LATIN = /^[\p{Script=Latin}0-9０-９\-−‐―.．/&＆#＃'’+]+$/u;

/** Cuts a name into segments along the dictionary's words: terms and municipalities first, longest first. */
export function segmentName(tokens: readonly NameToken[], vocabulary: NameVocabulary): Segment[] {
  const segments: Segment[] = [];
  let proper: ProperWord[] = [];
  const flush = () => {
    if (proper.length > 0) segments.push({ kind: 'proper', text: proper.map((word) => word.text).join(''), words: proper });
    proper = [];
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as NameToken;
    const number = numberAt(tokens, i);
    const match = number ? undefined : vocabularyAt(tokens, i, vocabulary);
    if (number) {
      flush();
      segments.push(number.segment);
      i = number.next;
    } else if (match) {
      flush();
      segments.push(match.segment);
      i = match.next;
    } else if (SEPARATOR.test(token.surface) || LATIN.test(token.surface)) {
      flush();
      const kind = SEPARATOR.test(token.surface) ? 'separator' : 'latin';
      const last = segments.at(-1);
      if (last?.kind === kind) last.text += token.surface;
      else segments.push({ kind, text: token.surface });
      i += 1;
    } else {
      const suffix = termEnding(token, vocabulary);
      if (suffix) {
        // The rest may be a term too (東京都保健医療公社 → 東京都 + 保健医療公社).
        const rest = vocabulary.terms.get(suffix.proper.text);
        if (!rest) proper.push(suffix.proper);
        flush();
        if (rest) segments.push({ kind: 'term', text: rest.ja, term: rest });
        segments.push(suffix.term);
      } else proper.push(properWord(token, i === 0));
      i += 1;
    }
  }
  flush();
  markOwner(segments, vocabulary);
  return segments;
}

/** 乙千代ヶ浜's ヶ is read ガ between kanji (or カ: not sure); other kana read as written. */
function properWord(token: NameToken, first: boolean): ProperWord {
  if (/^[ヶケヵ]$/.test(token.surface)) return { text: token.surface, reading: 'ガ', sure: false };
  // After a word, 前 is まえ (三越前, 大師前), whatever reading the dictionary chose for a prefix.
  if (token.surface === '前' && !first) return { text: token.surface, reading: 'マエ', sure: true };
  const kana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(token.surface);
  return { text: token.surface, reading: kana ? token.surface : token.reading, sure: kana || token.sure };
}

/**
 * A proper noun the dictionary knows with its generic ending (慶應義塾大学, 京王八王子駅): the ending is a
 * glossary term when its reading ends the word's reading too, so it is cut off and translated.
 */
function termEnding(token: NameToken, vocabulary: NameVocabulary): { proper: ProperWord; term: Segment } | undefined {
  if (!token.proper || !token.reading) return undefined;
  const reading = toHiragana(token.reading);
  for (let length = Math.min(vocabulary.longest, token.surface.length - 1); length >= 2; length -= 1) {
    const term = vocabulary.terms.get(token.surface.slice(-length));
    const kana = term?.kana.find((alternative) => reading.endsWith(alternative) && reading.length > alternative.length);
    if (!term || !kana || !term.en) continue;
    const proper = { text: token.surface.slice(0, -length), reading: token.reading.slice(0, -kana.length), sure: token.sure };
    return { proper, term: { kind: 'term', text: term.ja, term, reading: kana } };
  }
  return undefined;
}

/** The segments of a name: its main part, then a trailing note in brackets (公衆電話(江東区亀戸3-36-1)). */
export function segmentFullName(ja: string, tokensOf: (text: string) => NameToken[], vocabulary: NameVocabulary): Segment[] {
  const note = /^(.+?)\s*[（(]([^（()）]+)[)）]\s*$/u.exec(ja);
  if (!note) return segmentPart(ja, tokensOf, vocabulary);
  const [, main, inner] = note as unknown as [string, string, string];
  return [
    ...segmentPart(main, tokensOf, vocabulary),
    { kind: 'separator', text: '(' },
    ...segmentPart(inner, tokensOf, vocabulary),
    { kind: 'separator', text: ')' },
  ];
}

/**
 * A name cut at its generic endings first (第二砂町中学校 → 第二砂町 + 中学校), since the dictionary may join an
 * ending's first character to the word before it (町中|学校), then along the dictionary's words.
 */
function segmentPart(text: string, tokensOf: (text: string) => NameToken[], vocabulary: NameVocabulary): Segment[] {
  const tail: Segment[] = [];
  let rest = text;
  for (let cut = 0; cut < 3; cut += 1) {
    const ending = longestEnding(rest, vocabulary);
    if (!ending) break;
    tail.unshift({ kind: 'term', text: ending.ja, term: ending });
    rest = rest.slice(0, -ending.ja.length);
  }
  const short = tail.length === 0 && text.length > 2 ? vocabulary.endings.get(text.slice(-1)) : undefined;
  if (short) {
    const tokens = tokensOf(text.slice(0, -1));
    if (tokens.at(-1)?.proper) return [...segmentName(tokens, vocabulary), { kind: 'term', text: short.ja, term: short }];
  }
  return [...(rest ? segmentName(tokensOf(rest), vocabulary) : []), ...tail];
}

/** The longest glossary term of two characters or more that ends the text and leaves something before it. */
function longestEnding(text: string, vocabulary: NameVocabulary): PlaceTerm | undefined {
  for (let length = Math.min(vocabulary.longest, text.length - 1); length >= 2; length -= 1) {
    const term = vocabulary.terms.get(text.slice(-length));
    if (term?.en) return term;
  }
  return undefined;
}

/** The longest glossary term or municipality made of whole words from token `start` on. */
function vocabularyAt(tokens: readonly NameToken[], start: number, vocabulary: NameVocabulary): { segment: Segment; next: number } | undefined {
  let text = '';
  let found: { segment: Segment; next: number } | undefined;
  for (let j = start; j < tokens.length && text.length < vocabulary.longest; j += 1) {
    text += (tokens[j] as NameToken).surface;
    const term = vocabulary.terms.get(text);
    const municipality = vocabulary.municipalities.get(text);
    if (municipality) found = { segment: { kind: 'municipality', text, name: municipality, owner: false }, next: j + 1 };
    else if (term) found = { segment: { kind: 'term', text, term }, next: j + 1 };
  }
  return found;
}

/**
 * A municipality followed by 区立/市立/町立/村立 at the start says who runs the place (江東|区立, 立川|市立): left
 * out in translations, the address names it.
 */
function markOwner(segments: Segment[], vocabulary: NameVocabulary): void {
  const [first, second] = segments;
  if (second?.kind !== 'term' || !/^[区市町村]立$/.test(second.text)) return;
  const municipality = first?.kind === 'proper' ? vocabulary.municipalities.get(first.text + second.text.charAt(0)) : undefined;
  // Without a name of its own after it (武蔵村山市立第三小学校), the municipality is the name: kept, and named as such.
  if (!segments.slice(2).some((segment) => segment.kind === 'proper')) {
    if (first?.kind === 'proper' && municipality) first.municipality = municipality;
    return;
  }
  if (first?.kind === 'proper' && municipality) first.owner = true;
  else if (first?.kind === 'municipality') first.owner = true;
}
