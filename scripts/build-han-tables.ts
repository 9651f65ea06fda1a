/**
 * Builds src/text/han-tables.json from OpenCC's dictionaries (opencc-js, at build time only): which Han
 * characters are simplified-only and traditional-only, and how each maps to its Japanese form. The server then
 * needs a few kilobytes instead of OpenCC's 100 MB of dictionaries in memory (measured: docs/benchmarks.md).
 * Run: node scripts/build-han-tables.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToJp = OpenCC.Converter({ from: 'cn', to: 'jp' });
const twToJp = OpenCC.Converter({ from: 'tw', to: 'jp' });

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

const out = path.resolve(import.meta.dirname, '../src/text/han-tables.json');
writeFileSync(out, `${JSON.stringify({ source: 'opencc-js (OpenCC dictionaries)', simplifiedOnly, traditionalOnly, toJapanese })}\n`);
console.log(`${out}: ${[...simplifiedOnly].length} simplified-only, ${[...traditionalOnly].length} traditional-only, ${Object.keys(toJapanese).length} to Japanese`);
