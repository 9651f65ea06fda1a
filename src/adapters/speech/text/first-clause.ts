import type { Lang } from '../../../core/languages.ts';

/** After a comma or a colon (any script), with more to say after it. */
const COMMA_BREAK = /[、，,;；:：]\s*/gu;
/** Japanese: after から ("from …"), where a speaker may pause ("品川駅から、300メートルの…"). */
const KARA_BREAK = /から/gu;

/**
 * The first sentence of a reading cut after its first clause, so that its first words can be synthesised, sent
 * and heard while the rest is synthesised: Open JTalk's time grows with the length of what it says (about 0.1 s
 * of CPU for "品川駅から", 0.2 s for the whole "品川駅から300メートルの避難所です。"), and the listener waits for the
 * first chunk only. Cut after a comma or colon, or in Japanese after から; never leaving a piece shorter than
 * `minWeight` (a kana or kanji weighs 1, a Latin letter or digit 0.3: roughly their time spoken).
 */
export function splitFirstClause(sentence: string, lang: Lang, minWeight: number): string[] {
  const breaks = [...sentence.matchAll(COMMA_BREAK)];
  if (lang === 'ja' || lang === 'ja-easy') breaks.push(...sentence.matchAll(KARA_BREAK));
  const cuts = breaks.map((match) => (match.index ?? 0) + match[0].length).sort((a, b) => a - b);
  for (const cut of cuts) {
    const head = sentence.slice(0, cut).trim();
    const rest = sentence.slice(cut).trim();
    if (spokenWeight(head) >= minWeight && spokenWeight(rest) >= minWeight) return [head, rest];
  }
  return [sentence];
}

/** Roughly how long a text takes to say, in kana: CJK characters and kana 1, Latin letters and digits 0.3. */
function spokenWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u.test(char)) weight += 1;
    else if (/[\p{L}\p{N}]/u.test(char)) weight += 0.3;
  }
  return weight;
}
