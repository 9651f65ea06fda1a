/**
 * Builds src/text/han-tables.json from OpenCC's dictionaries (opencc-js, at build time only): which Han
 * characters are simplified-only and traditional-only, and how each maps to its Japanese form; and
 * src/text/han-from-japanese.json, the other way: each Japanese form in Simplified and in Traditional Chinese
 * (渋 → 涩 / 澀), to write Japanese place names for Chinese readers. The server then needs a few kilobytes
 * instead of OpenCC's 100 MB of dictionaries in memory (measured: docs/benchmarks.md).
 * Run: node scripts/build-han-tables.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToJp = OpenCC.Converter({ from: 'cn', to: 'jp' });
const twToJp = OpenCC.Converter({ from: 'tw', to: 'jp' });
const jpToTw = OpenCC.Converter({ from: 'jp', to: 'tw' });

const RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let simplifiedOnly = '';
let traditionalOnly = '';
const toJapanese: Record<string, string> = {};
for (const [from, to] of RANGES) {
  for (let code = from; code <= to; code += 1) {
    const char = String.fromCodePoint(code);
    if (cnToTw(char) !== char) simplifiedOnly += char;
    if (twToCn(char) !== char) traditionalOnly += char;
    const japanese = twToJp(cnToJp(char));
    if (japanese !== char && [...japanese].length === 1) toJapanese[char] = japanese;
  }
}

/**
 * Japanese form → Chinese. OpenCC's jp→cn keeps Japanese-only variants (渋 → 澁, not 涩), so the Chinese
 * characters whose Japanese form is the character come first, the simplified (or traditional) one among them,
 * and OpenCC's own jp→tw, then tw→cn, where there is none (恵 → 惠, 稲 → 稻).
 */
const chineseOf = new Map<string, string[]>();
/** Kept as they are in Japanese place names: 台東 is written so in Taiwan too, 麹町 is not 曲町 in China. */
const KEEP = new Set(['台', '麹']);
for (const [chinese, japanese] of Object.entries(toJapanese)) chineseOf.set(japanese, [...(chineseOf.get(japanese) ?? []), chinese]);
const fromJapaneseHans: Record<string, string> = {};
const fromJapaneseHant: Record<string, string> = {};
const japaneseForms = new Set([...chineseOf.keys()]);
for (const [from, to] of RANGES) for (let code = from; code <= to; code += 1) japaneseForms.add(String.fromCodePoint(code));
for (const japanese of japaneseForms) {
  if (KEEP.has(japanese)) continue;
  const candidates = chineseOf.get(japanese) ?? [];
  const viaOpenCC = jpToTw(japanese);
  const traditional =
    candidates.find((char) => char === viaOpenCC && traditionalOnly.includes(char)) ??
    candidates.find((char) => traditionalOnly.includes(char)) ??
    ([...viaOpenCC].length === 1 ? viaOpenCC : japanese);
  const simplified = candidates.find((char) => simplifiedOnly.includes(char)) ?? twToCn(traditional);
  if (traditional !== japanese) fromJapaneseHant[japanese] = traditional;
  if (simplified !== japanese && [...simplified].length === 1) fromJapaneseHans[japanese] = simplified;
}
writeFileSync(
  path.resolve(import.meta.dirname, '../src/text/han-from-japanese.json'),
  `${JSON.stringify({ source: 'opencc-js (OpenCC dictionaries)', 'zh-Hans': fromJapaneseHans, 'zh-Hant': fromJapaneseHant })}\n`,
);

const out = path.resolve(import.meta.dirname, '../src/text/han-tables.json');
writeFileSync(out, `${JSON.stringify({ source: 'opencc-js (OpenCC dictionaries)', simplifiedOnly, traditionalOnly, toJapanese })}\n`);
console.log(`${out}: ${[...simplifiedOnly].length} simplified-only, ${[...traditionalOnly].length} traditional-only, ${Object.keys(toJapanese).length} to Japanese`);
