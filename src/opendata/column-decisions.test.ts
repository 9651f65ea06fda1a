import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledColumns } from './column-headers.ts';
import { decisionOf } from './column-decisions.ts';

describe('every column of the bundled data', () => {
  const files = bundledColumns(path.resolve(import.meta.dirname, '../../data/opendata'));

  it('is read from every file', () => {
    expect(files.length).toBeGreaterThan(15);
    for (const { file, columns } of files) expect(columns.length, file).toBeGreaterThan(3);
  });

  it('is kept, or dropped for a reason the table gives', () => {
    const undecided = files.flatMap(({ file, columns }) => columns.filter((column) => decisionOf(column) === undefined).map((column) => `${file}: ${column}`));
    expect(undecided).toEqual([]);
  });
});
