import { DEFAULT_LANG, type Lang, langFromAcceptLanguage } from '../../core/languages.ts';
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

/** The client's explicit `lang` wins; then the question's script; then the session; then Accept-Language. */
export const detectLanguageStep: Step = {
  name: 'detect-language',
  run(ctx) {
    const hint = ctx.session.lang ?? langFromAcceptLanguage(ctx.request.acceptLanguage);
    ctx.lang = ctx.request.lang ?? detectLanguage(ctx.message, hint) ?? hint ?? DEFAULT_LANG;
  },
};
