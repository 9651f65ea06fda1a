/**
 * Other ways a Japanese place name is written in a question, in Japanese kanji forms (questions in Chinese are
 * compared after chineseToJapaneseKanji): Chinese writes the kana inside names as characters or not at all
 * (御茶ノ水 → 御茶之水, 井の頭 → 井之头, 霞ケ関 → 霞关, 自由が丘 → 自由之丘), spells out 々 (代々木 → 代代木) and has
 * its own words for some name parts (付属 → 附属, 病院 → 医院); everyone drops the honorific 恩賜 (上野恩賜公園 →
 * 上野公園). Pure and table-driven, so the same forms serve stations, landmarks and facility names.
 */

/** Each rule offers replacements for a match; a form takes any combination of them. */
const RULES: ReadonlyArray<{ pattern: RegExp; replacements: (match: string, before: string) => string[] }> = [
  { pattern: /恩賜/g, replacements: () => [''] },
  { pattern: /(?<=\p{Script=Han})[ノの](?=\p{Script=Han})/gu, replacements: () => ['之'] },
  { pattern: /(?<=\p{Script=Han})[ヶケが](?=\p{Script=Han})/gu, replacements: () => ['', '之'] },
  { pattern: /(?<=\p{Script=Han})々/gu, replacements: (_match, before) => [before] },
  { pattern: /付属/g, replacements: () => ['附属'] },
  { pattern: /病院$/g, replacements: () => ['医院'] },
  { pattern: /センター/g, replacements: () => ['中心'] },
];

/** Enough for every combination the names in the data need (two or three rules apply at most). */
const MAX_VARIANTS = 16;

/** The other forms of `name` (without `name` itself), at most MAX_VARIANTS. */
export function nameVariants(name: string): string[] {
  let forms = [name];
  for (const { pattern, replacements } of RULES) {
    if (name.search(pattern) < 0) continue;
    const next: string[] = [];
    for (const form of forms) {
      next.push(form);
      for (const replaced of replaceEach(form, pattern, replacements)) next.push(replaced);
    }
    forms = [...new Set(next)].slice(0, MAX_VARIANTS);
  }
  return forms.filter((form) => form !== name && form.length > 0);
}

/** The form with every match of the pattern replaced at once, once per replacement offered. */
function replaceEach(form: string, pattern: RegExp, replacements: (match: string, before: string) => string[]): string[] {
  const first = [...form.matchAll(pattern)][0];
  if (!first) return [];
  const count = replacements(first[0], form.charAt(first.index - 1)).length;
  return Array.from({ length: count }, (_, choice) =>
    form.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((value): value is number => typeof value === 'number') ?? 0;
      return replacements(match, form.charAt(offset - 1))[choice] ?? match;
    }),
  );
}
