import tables from './han-from-japanese.json' with { type: 'json' };

// Built from OpenCC's dictionaries by scripts/build-han-tables.ts, like han-tables.json (the other way).
/**
 * Characters a name keeps in both scripts, where the table's one-to-many choice is wrong for names: 御蔵島 is not
 * 禦藏島, 北里 not 北裏, 台場 not 臺場.
 */
const NAME_KEEPS = new Set(['御', '台', '里', '干', '系', '面', '只', '着', '研']);
const keep = (entries: Record<string, string>) => new Map(Object.entries(entries).filter(([char]) => !NAME_KEEPS.has(char)));
const BY_SCRIPT = {
  'zh-Hans': keep(tables['zh-Hans'] as Record<string, string>),
  'zh-Hant': keep(tables['zh-Hant'] as Record<string, string>),
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
