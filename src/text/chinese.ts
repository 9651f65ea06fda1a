import tables from './han-tables.json' with { type: 'json' };

// Built from OpenCC's dictionaries by scripts/build-han-tables.ts: a few kilobytes in memory instead of the
// converter's ~100 MB (docs/benchmarks.md). Character by character, which is what place names and script
// detection need.
/** Characters both scripts write in practice (台: Taiwan writes 台 far more than 臺; 着, 里 in names). */
const WRITTEN_IN_BOTH = new Set(['台', '着', '里', '干', '后', '面', '系', '只']);
const SIMPLIFIED_ONLY = new Set([...tables.simplifiedOnly].filter((char) => !WRITTEN_IN_BOTH.has(char)));
const TRADITIONAL_ONLY = new Set(tables.traditionalOnly);
/**
 * Variant characters OpenCC leaves in their traditional form where Japanese writes another (竖/豎 → 竪, 镰/鐮 → 鎌,
 * 冢 → 塚): seen in place names asked in Chinese.
 */
const JAPANESE_VARIANTS: Record<string, string> = { 竖: '竪', 豎: '竪', 镰: '鎌', 鐮: '鎌', 冢: '塚' };
/** Characters Japanese writes as they are (北里, 干潟, 系統, 着物), never rewritten. */
const JAPANESE_AS_IS = new Set(['里', '干', '系', '面', '只', '着']);
const TO_JAPANESE = new Map([
  ...Object.entries(tables.toJapanese as Record<string, string>).filter(([char]) => !JAPANESE_AS_IS.has(char)),
  ...Object.entries(JAPANESE_VARIANTS),
]);

/** Chinese text (either script) rewritten in Japanese kanji forms, so 涩谷 / 澀谷 find 渋谷. */
export function chineseToJapaneseKanji(text: string): string {
  let out = '';
  for (const char of text) out += TO_JAPANESE.get(char) ?? char;
  return out;
}

/**
 * Which Chinese script a Han-only text is written in, when its characters tell: the script most of its
 * script-specific characters belong to (台東區的避難所: 台 is also written in Taiwan, 區 and 難 are not simplified).
 */
export function chineseScript(text: string): 'zh-Hans' | 'zh-Hant' | undefined {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) simplified += 1;
    if (TRADITIONAL_ONLY.has(char)) traditional += 1;
  }
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return undefined;
}
