import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { codeOfMunicipality, fullLocalGovCode, MUNICIPALITY_NAMES, municipalityOfCode } from './tokyo-municipalities.ts';

describe('the municipality table', () => {
  it('is exactly the 62 Tokyo rows of the bundled localgovjp file', () => {
    const file = path.resolve(import.meta.dirname, '../../data/opendata/municipalities/localgovjp-utf8.csv');
    const rows = parseCsv(decodeText(readFileSync(file))).filter((row) => row['pid'] === '13');
    expect(rows).toHaveLength(62);
    expect([...MUNICIPALITY_NAMES].sort()).toEqual(rows.map((row) => row['city']).sort());
    for (const row of rows) expect(codeOfMunicipality(row['city'])).toBe(row['lgcode']);
  });

  it('adds the check digit to a 5-digit code (江東区 13108 → 131083)', () => {
    expect(fullLocalGovCode('13108')).toBe('131083');
    expect(fullLocalGovCode('13101')).toBe('131016');
    expect(municipalityOfCode('13108')).toBe('江東区');
    expect(municipalityOfCode('130001')).toBeUndefined(); // 東京都 itself
  });
});
