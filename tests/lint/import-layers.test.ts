import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const rules = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function cruiseIn(baseDir: string): Promise<ICruiseResult> {
  const result = await cruise(['src'], { ...rules.options, ruleSet: { forbidden: rules.forbidden }, validate: true, baseDir, tsConfig: undefined });
  return result.output as ICruiseResult;
}

describe('the import rule of src/ (.dependency-cruiser.cjs)', () => {
  it('fails on a fixture that imports upward, in a circle, and from the page into the server', async () => {
    const { summary } = await cruiseIn(path.join(import.meta.dirname, 'fixture'));
    const found = summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
    expect(found).toContain('layer-core: src/core/reaches-up.ts → src/server/app-error.ts');
    expect(found).toContain('page-speaks-http: src/components/reaches-server.ts → src/server/app-error.ts');
    const cycles = found.filter((line) => line.startsWith('no-circular:'));
    expect(cycles.length).toBeGreaterThan(0);
    for (const line of cycles) expect(line).toMatch(/src\/retrieval\/(ranks|names)\.ts → src\/retrieval\/(ranks|names)\.ts/);
    expect(summary.error).toBe(found.length);
  });

  it('places every folder of src/ in a layer', () => {
    const { LAYERS } = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.layers.cjs')) as { LAYERS: string[][] };
    const placed = new Set(LAYERS.flat());
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it('passes on the real src/: no cycle, every import downward', async () => {
    const { summary } = await cruiseIn(root);
    expect(summary.violations).toEqual([]);
    expect(summary.totalCruised).toBeGreaterThan(300);
  });
});
