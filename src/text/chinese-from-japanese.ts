import tables from './han-from-japanese.json' with { type: 'json' };

// Built from OpenCC's dictionaries by scripts/build-han-tables.ts, like han-tables.json (the other way).
const BY_SCRIPT = {
  'zh-Hans': new Map(Object.entries(tables['zh-Hans'] as Record<string, string>)),
  'zh-Hant': new Map(Object.entries(tables['zh-Hant'] as Record<string, string>)),
};

/**
 * Japanese text with its kanji in the forms of one Chinese script, character by character (渋谷駅 → 涩谷驿 /
 * 澀谷驛): how Chinese readers write Japanese place names. Kana and everything else pass through.
 */
export function japaneseToChinese(text: string, script: 'zh-Hans' | 'zh-Hant'): string {
  const table = BY_SCRIPT[script];
  let out = '';
  for (const char of text) out += table.get(char) ?? char;
  return out;
}
