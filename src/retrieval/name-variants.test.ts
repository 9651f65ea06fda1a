import { describe, expect, it } from 'vitest';
import { nameVariants } from './name-variants.ts';

describe('nameVariants', () => {
  it('writes the kana inside a name as Chinese does, and 々 spelled out', () => {
    expect(nameVariants('御茶ノ水')).toEqual(['御茶之水']);
    expect(nameVariants('霞ケ関')).toEqual(['霞関', '霞之関']);
    expect(nameVariants('自由が丘')).toContain('自由之丘');
    expect(nameVariants('代々木公園')).toEqual(['代代木公園']);
  });

  it('drops the honorific 恩賜 and offers the Chinese words for name parts, in every combination', () => {
    expect(nameVariants('井の頭恩賜公園')).toEqual(expect.arrayContaining(['井の頭公園', '井之頭公園', '井之頭恩賜公園']));
    expect(nameVariants('東京大学医学部付属病院')).toContain('東京大学医学部附属医院');
  });

  it('leaves a name with nothing to vary alone', () => {
    expect(nameVariants('上野')).toEqual([]);
    expect(nameVariants('ノ')).toEqual([]);
  });
});
