import { describe, expect, it } from 'vitest';
import { decideMinInstances } from './decide-min-instances.ts';

const rules = { minInstances: 3, maxInstances: 20, lowerStep: 1 };

describe('deciding the minimum instances', () => {
  it('raises at once to what the horizon needs', () => {
    expect(decideMinInstances(3, 11, 4, rules)).toMatchObject({ action: 'raise', target: 11 });
  });

  it('lowers one instance a run, and only below what the recent past needed', () => {
    expect(decideMinInstances(11, 4, 4, rules)).toMatchObject({ action: 'lower', target: 10 });
    expect(decideMinInstances(11, 4, 11, rules)).toMatchObject({ action: 'hold', target: 11 });
    expect(decideMinInstances(11, 4, 10, rules)).toMatchObject({ action: 'lower', target: 10 });
    expect(decideMinInstances(11, 4, 9, { ...rules, lowerStep: 5 })).toMatchObject({ action: 'lower', target: 9 });
  });

  it('stays within 3–20 whatever the forecast says', () => {
    expect(decideMinInstances(3, 0, 0, rules)).toMatchObject({ action: 'hold', target: 3 });
    expect(decideMinInstances(12, 95, 40, rules)).toMatchObject({ action: 'raise', target: 20 });
    expect(decideMinInstances(undefined, 1, 1, rules)).toMatchObject({ action: 'raise', target: 3 });
    expect(decideMinInstances(1, 1, 1, rules)).toMatchObject({ action: 'raise', target: 3 });
    expect(decideMinInstances(25, 30, 30, rules)).toMatchObject({ action: 'lower', target: 20 });
  });
});
