import { DEFAULT_LANG, type Lang, langFromAcceptLanguage } from '../../core/languages.ts';
import { franc } from 'franc-min';
import { askedLanguageOf, readQuestionWords } from '../../retrieval/read-words.ts';
import { findTopic } from '../../retrieval/topics.ts';
import { CHINESE_WORDS, ENGLISH_WORDS, FOREIGN_FUNCTION_WORDS, FOREIGN_SCRIPTS } from '../../i18n/language-words.ts';
import { chineseScript, chineseToJapaneseKanji } from '../../text/chinese.ts';
import type { Step } from '../step.ts';

const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g;
const KANA = /[\u3040-\u309f\u30a0-\u30ff]/g;
const HAN = /\p{Script=Han}/gu;
const LATIN = /[a-zA-Z]/g;
/**
 * Function words of written Chinese that Japanese text does not use on their own (and 站, a Chinese station; 是,
 * the copula, which Japanese writes only inside words that kana-free questions hardly hold), and the thanks.
 */
const CHINESE_GRAMMAR = /[的吗嗎哪么麼呢这這您你我没沒请請站吧是什谁]|附近|哪里|哪裡|怎么|怎麼|有没有|有沒有|谢谢|謝謝|多谢|多謝/;
/** Kanji written only in Japanese (shinjitai), never in Chinese of either script. */
const JAPANESE_ONLY_KANJI = /[駅辺沢広図黒県総戦歩渋売読帰単桜浜様仮円気鉄楽実歯関険発営転伝号]/;

/**
 * The language a question is written in, from its script; `hint` (the session's or the client's language)
 * settles the cases the script leaves open (kanji-only text, やさしい日本語).
 */
export function detectLanguage(text: string, hint?: Lang): Lang | undefined {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const hangul = count(HANGUL);
  const kana = count(KANA);
  const han = count(HAN);
  const latin = count(LATIN);
  if (hangul > 0 && hangul >= kana) return 'ko';
  if (kana > 0) {
    if (hint === 'ja-easy') return 'ja-easy';
    // hiragana words spaced apart and no kanji: the way やさしい日本語 is written
    return han === 0 && / /.test(text.trim()) ? 'ja-easy' : 'ja';
  }
  if (han > 0) {
    const japanese = hint === 'ja-easy' ? 'ja-easy' : 'ja';
    const chineseHint = hint === 'zh-Hans' || hint === 'zh-Hant' ? hint : undefined;
    // Chinese grammar words make it Chinese even around a Japanese name copied from a sign (渋谷站附近的厕所);
    // without them, kanji only Japanese writes (駅) make it Japanese, and characters Japanese does not write
    // (厕, 涩, 廁, 區: "江东区 厕所") Chinese.
    const grammar = CHINESE_GRAMMAR.test(text);
    if (!grammar && JAPANESE_ONLY_KANJI.test(text)) return japanese;
    if (!grammar && chineseToJapaneseKanji(text) === text && !chineseHint) return japanese;
    return chineseScript(text) ?? chineseHint ?? 'zh-Hans';
  }
  if (latin > 0) return 'en';
  return undefined;
}

/** What the question's own words say of its language: one of the six for sure, another language, or nothing sure. */
export function languageOfText(whole: string, namesRemoved = false): { lang?: Lang; foreign?: string } {
  for (const [script, code] of FOREIGN_SCRIPTS) if (script.test(whole)) return { foreign: code };
  // what a name holds in brackets (Public Phone (港区芝2-14-4)) is an address or a note, not the question's words
  const outside = whole.replace(/[(（][^)）]*[)）]/g, ' ');
  const text = /[\p{L}]/u.test(outside) ? outside : whole;
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  // an English sentence around a Japanese name ("is 旧神応小学校 safe for tsunami?"): its words say English
  const latinWords = text.toLowerCase().match(/[\p{Script=Latin}']+/gu) ?? [];
  if (latinWords.filter((word) => ENGLISH_WORDS.has(word)).length >= 2 && count(LATIN) >= count(HAN) + count(KANA)) return { lang: 'en' };
  if (count(HANGUL) > 0 && count(HANGUL) >= count(KANA)) return { lang: 'ko' };
  // a Chinese sentence around a Japanese name copied with its kana (亀戸文化センター的地址, つばめ幼稚园周末开吗):
  // Japanese would have hiragana in more than one place (particles, endings)
  const hiraganaRuns = text.match(/[\u3041-\u309f]+/g)?.length ?? 0;
  // (or Chinese words beside it, 竹の冢中学校 地址; or, with no hiragana at all, characters only Chinese writes: 鹭宫スポーツ… 接收对象)
  const chineseAround = CHINESE_GRAMMAR.test(text) || CHINESE_WORDS.some((word) => text.includes(word)) || (hiraganaRuns === 0 && chineseToJapaneseKanji(text) !== text);
  if (count(KANA) > 0 && hiraganaRuns <= 1 && chineseAround) return { lang: chineseScript(text) ?? 'zh-Hans' };
  if (count(KANA) > 0) return { lang: 'ja' };
  if (count(HAN) > 0) {
    // Chinese words, or characters Japanese does not write (接收对象, 收容對象)
    if (CHINESE_GRAMMAR.test(text) || CHINESE_WORDS.some((word) => text.includes(word)) || chineseToJapaneseKanji(text) !== text) return { lang: chineseScript(text) ?? 'zh-Hans' };
    return JAPANESE_ONLY_KANJI.test(text) ? { lang: 'ja' } : {};
  }
  const words = text.toLowerCase().match(/[\p{Script=Latin}']+/gu) ?? [];
  if (words.length === 0) return {};
  // ("a", "me", "do" are words of Spanish and Portuguese too)
  if (words.some((word) => ENGLISH_WORDS.has(word) && !SHARED_WITH_ROMANCE.has(word))) return { lang: 'en' };
  // a sentence in another Latin-script language (Vietnamese without its marks, Spanish, Tagalog, Indonesian…):
  // franc's guess, taken only for a sentence long enough to tell; a name or two ("Shinjuku eki") stays undecided
  if (words.length >= 3 && words.join('').length >= 12) {
    const guess = franc(text, { minLength: 10 });
    const code = FRANC_CODES[guess];
    if (code && words.some((word) => FOREIGN_FUNCTION_WORDS[code]?.has(word))) return { foreign: code };
  }
  // a word of the service's English vocabulary ("Hachijojima sightseeing spots", "toilet Shinjuku") is English too
  const lower = text.normalize('NFKC').toLowerCase();
  // (not when the rest is a word or two beside a Japanese name: "公衆電話(…) SSID" is Japanese)
  if (!namesRemoved && (findTopic(lower) || readQuestionWords(lower).attributes.length > 0)) return { lang: 'en' };
  if (words.some((word) => ENGLISH_WORDS.has(word))) return { lang: 'en' };
  return {};
}

function blankNames(text: string, names: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const { start, end } of names) out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  return out;
}

/** What a Chinese question writes right after a name with no particle, in the characters Japanese shares (電話). */
const BARE_CHINESE_ASK = /^電話[?？]?$/;

/** English function words that Spanish, Portuguese or Italian write too. */
const SHARED_WITH_ROMANCE: ReadonlySet<string> = new Set(['a', 'me', 'do', 'no', 'i']);

/** franc's ISO 639-3 codes of languages people in Tokyo write in Latin letters, as BCP 47. */
const FRANC_CODES: Record<string, string> = {
  vie: 'vi', spa: 'es', por: 'pt', fra: 'fr', ind: 'id', zlm: 'id', tgl: 'tl', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', swe: 'sv', ceb: 'tl', sun: 'id', jav: 'id',
};

/**
 * The language of the answer: the question's own, when its words say it for sure (a Korean question on an English
 * page is answered in Korean; やさしい日本語 is chosen, never detected, and stays for Japanese text); else the
 * client's `lang`; then what the script suggests, the session's, Accept-Language. A question in a language the
 * service does not speak is marked, and answered with the list of the languages it speaks.
 */
export const detectLanguageStep: Step = {
  name: 'detect-language',
  run(ctx) {
    const hint = ctx.session.lang ?? langFromAcceptLanguage(ctx.request.acceptLanguage);
    // a Japanese name copied into a Chinese sentence (夕やけ小やけふれあいの里在哪里) says nothing of its language
    const names = ctx.deps.index.findNamed(ctx.message).filter((hit) => hit.start >= 0);
    const found = names.length > 0 ? languageOfText(blankNames(ctx.message.normalize('NFKC'), names), true) : languageOfText(ctx.message);
    // which Chinese script: the whole question says it better than its words around the names
    // (characters both scripts share, 那上野站附近呢: the page's or the conversation's Chinese)
    const asked = ctx.request.lang;
    const chineseBefore = [asked, ctx.session.lang].find((lang) => lang === 'zh-Hans' || lang === 'zh-Hant');
    // a name written with characters Japanese does not write (代々木上原驛, 小田急電鐵) was typed by a Chinese reader
    const nfkc = ctx.message.normalize('NFKC');
    const chineseInName = names.some((hit) => {
      const said = nfkc.slice(hit.start, hit.end);
      return chineseToJapaneseKanji(said) !== said && !hit.place.name.ja.normalize('NFKC').includes(said);
    });
    // a name and a bare 電話, with nothing between (清澄庭園電話): Chinese asks so; Japanese says 電話番号, or spaces
    // its keywords (清澄庭園 電話)
    const bareChinese = !found.lang && !found.foreign && names.length > 0 && !/\s/.test(nfkc) && BARE_CHINESE_ASK.test(blankNames(nfkc, names).trim());
    const settled = !found.lang && !found.foreign && (chineseInName || bareChinese) ? { lang: chineseScript(ctx.message) ?? chineseBefore ?? (bareChinese ? 'zh-Hant' : 'zh-Hans') } : found;
    const own = settled.lang === 'zh-Hans' || settled.lang === 'zh-Hant' ? { lang: chineseScript(ctx.message) ?? chineseBefore ?? settled.lang } : settled;
    // "日本語で教えて", "can you answer in English?": the language asked for
    const requested = askedLanguageOf(ctx.message);
    if (requested) {
      // ("請用中文回答" asks Chinese in the script it is written in)
      const chinese = requested === 'zh-Hans' ? (chineseScript(ctx.message) ?? chineseBefore ?? requested) : requested;
      ctx.lang = requested === 'ja' && asked === 'ja-easy' ? 'ja-easy' : chinese;
      return;
    }
    if (own.foreign) ctx.foreignLanguage = own.foreign;
    if (own.lang && asked === 'ja-easy' && own.lang === 'ja') ctx.lang = 'ja-easy';
    else if (own.lang) ctx.lang = own.lang;
    else ctx.lang = asked ?? detectLanguage(ctx.message, hint) ?? hint ?? DEFAULT_LANG;
  },
};
