import tables from './han-tables.json' with { type: 'json' };

// Built from OpenCC's dictionaries by scripts/build-han-tables.ts: a few kilobytes in memory instead of the
// converter's ~100 MB (docs/benchmarks.md). Character by character, which is what place names and script
// detection need.
const SIMPLIFIED_ONLY = new Set(tables.simplifiedOnly);
const TRADITIONAL_ONLY = new Set(tables.traditionalOnly);
const TO_JAPANESE = new Map(Object.entries(tables.toJapanese as Record<string, string>));

/** Chinese text (either script) rewritten in Japanese kanji forms, so 涩谷 / 澀谷 find 渋谷. */
export function chineseToJapaneseKanji(text: string): string {
  let out = '';
  for (const char of text) out += TO_JAPANESE.get(char) ?? char;
  return out;
}

/** Which Chinese script a Han-only text is written in, when its characters tell. */
export function chineseScript(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
  let hasSimplified = false;
  let hasTraditional = false;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) hasSimplified = true;
    if (TRADITIONAL_ONLY.has(char)) hasTraditional = true;
  }
  if (hasSimplified && !hasTraditional) return 'zh-Hans';
  if (hasTraditional && !hasSimplified) return 'zh-Hant';
  return undefined;
}
