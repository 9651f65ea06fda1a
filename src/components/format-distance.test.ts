import { describe, expect, it } from 'vitest';
import { formatDistance } from './format-distance.ts';

describe('formatDistance', () => {
  it('rounds metres to 10 and switches to km with one decimal from 1 km', () => {
    expect(formatDistance(385, 'en')).toBe('390 m');
    expect(formatDistance(3, 'en')).toBe('10 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(2000, 'en')).toBe('2 km');
  });

  it('writes each language its own way', () => {
    expect(formatDistance(467, 'ja')).toMatch(/^470\s?m$/);
    expect(formatDistance(467, 'ja-easy')).toMatch(/^470\s?メートル$/);
    expect(formatDistance(1500, 'zh-Hans')).toMatch(/^1\.5\s?(公里|km)$/);
    expect(formatDistance(1500, 'ko')).toMatch(/^1\.5\s?km$/);
  });
});
