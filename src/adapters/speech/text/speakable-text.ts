import { type Lang, LANGS } from '../../../core/languages.ts';
import { romanise } from '../../../i18n/place-names.ts';
import { PHRASES } from '../../../i18n/phrasebook.ts';
import { kanaToHangul } from '../../../text/hangul.ts';
import { listItemIntro, spellUnits } from './spoken-numbers.ts';

/** The reading (kana) of a Japanese name, when the data has one. */
export type ReadingOf = (japanese: string) => string | undefined;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s)）」]+/g;
/** Kanji and kana (with the long-vowel mark and middle dot): a Japanese name inside other text. */
const JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー・]+/g;
const BETWEEN_JAPANESE_WORDS = /(?<=[\u3040-\u30ff\u3400-\u9fff々ー])[ \u3000]+(?=[\u3040-\u30ff\u3400-\u9fff々ー])/g;
const KANJI_ONLY = /^[\u3400-\u9fff\uf900-\ufaff々]+$/;
const KANA_ONLY = /^[\u3040-\u30ffー・\s]+$/;
/** The source line's label in every language: sources are shown on screen, never read out. */
const SOURCE_LABELS = LANGS.map((lang) => PHRASES[lang].source);

/**
 * One line of an answer as it should be said, or undefined when it should not be said at all: no URLs or map
 * links, no detail lines (address, phone, map: they are on the screen), no source lines; list numbers introduced
 * ("First, …", "1つめ、…"), units spelled out, and Japanese names that the language's voice cannot read replaced
 * by their reading (romanised for English, Hangul for Korean) or left out.
 */
export function speakableLine(line: string, lang: Lang, readingOf: ReadingOf = () => undefined): string | undefined {
  // detail lines are indented under a list item: "   Address: …", "   地図: https://…"
  if (/^(?:\s{2,}|\t)\S[^:：]{0,30}[:：]/.test(line)) return undefined;
  let text = line.trim().replace(/^[#>*\-•]+\s*/, '').replace(/[*_`]+/g, '');
  if (SOURCE_LABELS.some((label) => text.startsWith(`${label}:`) || text.startsWith(`${label}：`))) return undefined;
  const withoutLinks = text.replace(URL_PATTERN, '').replace(/[(（]\s*[)）]/g, '');
  if (withoutLinks !== text && /^[^:：]{1,30}[:：]\s*$/.test(withoutLinks)) return undefined; // "Map: https://…"
  text = withoutLinks;
  const item = /^(\d{1,2})[.)．]\s+/.exec(text);
  if (item) text = listItemIntro(Number(item[1]), lang) + text.slice(item[0].length);
  text = spellUnits(text, lang);
  text = readJapanese(text, lang, readingOf);
  text = text.replace(/\s*[(（]\s*/g, lang === 'en' ? ', ' : '、').replace(/\s*[)）]/g, lang === 'en' ? ',' : '、');
  text = text.replace(/\s+/g, ' ').replace(/([,、，])\s*(?=[,、，。.!?:：]|$)/g, '').trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/** Japanese text in a line, made readable by the language's voice. */
function readJapanese(text: string, lang: Lang, readingOf: ReadingOf): string {
  // やさしい日本語 puts a space between words for the eye; Open JTalk would pause at each one
  if (lang === 'ja' || lang === 'ja-easy') return dropGlosses(text).replace(BETWEEN_JAPANESE_WORDS, '');
  if (lang === 'zh-Hans' || lang === 'zh-Hant') {
    // the Mandarin voice reads kanji; kana it cannot read (Open JTalk would, but not in a Chinese sentence)
    return text.replace(JAPANESE_RUN, (run) => (KANA_ONLY.test(run) ? '' : run.replace(/[\u3040-\u30ffー・]+/g, '')));
  }
  // English answers give the name twice, "Oimachi (大井町)": the romanised one is enough
  const withoutGloss = text.replace(/\s*[(（][^)）]*[\u3040-\u30ff\u3400-\u9fff][^)）]*[)）]/g, '');
  return withoutGloss.replace(JAPANESE_RUN, (run) => {
    const reading = readingOf(run);
    if (!reading) return '';
    return lang === 'ko' ? kanaToHangul(reading) : ` ${romanise(reading)} `;
  });
}

/**
 * やさしい日本語 writes readings and glosses in brackets, えき（駅）, 浅間台小学校（せんげんだいしょうがっこう）:
 * said aloud that is everything twice. A kanji-only gloss after kana and a kana-only reading after kanji go;
 * other brackets (119（しょうぼう・きゅうきゅうしゃ）) stay.
 */
function dropGlosses(text: string): string {
  // full-width brackets in answers, ASCII ones after NFKC (POST /api/speech/synthesize normalises its text)
  return text.replace(/([\u3040-\u30ff\u3400-\u9fffー々])[（(]([^）)]*)[）)]/g, (whole, before: string, inside: string) => {
    const beforeIsKanji = KANJI_ONLY.test(before);
    if (beforeIsKanji && KANA_ONLY.test(inside)) return before;
    if (!beforeIsKanji && KANJI_ONLY.test(inside)) return before;
    return whole;
  });
}

/** Sentence ends: a full stop followed by a space (a decimal point never is), or a CJK full stop. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])/u;
const CLAUSE_BREAK = /(?<=[,、，;；])\s*/u;

/** A spoken line in sentences no longer than `maxChars` (cut at clauses, then at spaces), for fast first audio. */
export function splitSentences(text: string, maxChars: number): string[] {
  const sentences: string[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    let rest = sentence.trim();
    while ([...rest].length > maxChars) {
      const head = [...rest].slice(0, maxChars).join('');
      const clauses = head.split(CLAUSE_BREAK);
      let cut = clauses.length > 1 ? head.length - (clauses.at(-1)?.length ?? 0) : head.lastIndexOf(' ');
      if (cut <= 0) cut = head.length;
      sentences.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) sentences.push(rest);
  }
  return sentences;
}
