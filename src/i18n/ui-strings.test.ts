import { describe, expect, it } from 'vitest';
import { LANGS } from '../core/languages.ts';
import { UI_STRINGS } from './ui-strings.ts';

describe('UI_STRINGS', () => {
  const keys = Object.keys(UI_STRINGS.ja) as Array<keyof typeof UI_STRINGS.ja>;

  it('has every text, filled in, in all six languages', () => {
    for (const lang of LANGS) {
      expect(Object.keys(UI_STRINGS[lang]).sort(), lang).toEqual([...keys].sort());
      for (const key of keys) {
        const value = UI_STRINGS[lang][key];
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
        else expect(value.length, `${lang}.${key}`).toBe(UI_STRINGS.ja.examples.length);
      }
    }
  });

  it('keeps the placeholders of each template', () => {
    for (const lang of LANGS) {
      expect(UI_STRINGS[lang].charCount).toContain('{count}');
      expect(UI_STRINGS[lang].charCount).toContain('{max}');
      expect(UI_STRINGS[lang].approxDistance).toContain('{distance}');
      expect(UI_STRINGS[lang].mapLabel).toContain('{count}');
      expect(UI_STRINGS[lang].coverageSummary).toContain('{covered}');
    }
  });

  it("credits the map tiles as GSI asks, with 「地理院タイル」 in every language", () => {
    for (const lang of LANGS) expect(UI_STRINGS[lang].mapTiles, lang).toContain('地理院タイル');
  });

  it('names the location button as the answers do', () => {
    // the local engine tells users to press this button by name (phrasebook.ts clarify / shareLocation)
    expect(UI_STRINGS.ja.useLocation).toBe('現在地を使う');
    expect(UI_STRINGS['ja-easy'].useLocation).toBe('いまの ばしょを つかう');
    expect(UI_STRINGS.en.useLocation).toBe('Use my location');
    expect(UI_STRINGS.ko.useLocation).toBe('내 위치 사용');
    expect(UI_STRINGS['zh-Hans'].useLocation).toBe('使用我的位置');
  });
});
