import { describe, expect, it } from 'vitest';
import { ENGLISH_ABBREVIATIONS, NAME_ENDINGS, PLACE_TERMS } from './place-terms.ts';

describe('the glossary of place names', () => {
  const all = [...PLACE_TERMS, ...NAME_ENDINGS];

  it('has one row per Japanese term', () => {
    const seen = new Set<string>();
    const repeated = PLACE_TERMS.filter((term) => seen.has(term.ja) || !seen.add(term.ja)).map((term) => term.ja);
    expect(repeated).toEqual([]);
  });

  it('gives every term a reading in hiragana, so a publisher reading can be cut along it', () => {
    const bad = all.filter((term) => term.kana.some((kana) => !/^[ぁ-ゖー]+$/.test(kana)));
    expect(bad.map((term) => term.ja)).toEqual([]);
  });

  it('says every term in every language, or leaves it out in all translations (区立)', () => {
    const partial = all.filter((term) => {
      const cells = [term.en, term.ko, term['zh-Hans'], term['zh-Hant']];
      return term.en === '' ? false : cells.some((cell) => cell.trim() === '');
    });
    expect(partial.map((term) => term.ja)).toEqual([]);
  });

  it('writes Korean in Hangul and Chinese without kana', () => {
    const kanaInChinese = all.filter((term) => /[ぁ-ゖァ-ヺ]/.test(term['zh-Hans'] + term['zh-Hant']));
    const japaneseInKorean = all.filter((term) => /[ぁ-ゖァ-ヺ]/.test(term.ko));
    expect(kanaInChinese.map((term) => term.ja)).toEqual([]);
    expect(japaneseInKorean.map((term) => term.ja)).toEqual([]);
  });

  it('spells out the abbreviations of the data English names, longest first where one holds another', () => {
    ENGLISH_ABBREVIATIONS.forEach(([abbreviation], i) => {
      const later = ENGLISH_ABBREVIATIONS.slice(i + 1).map(([other]) => other);
      expect(later.filter((other) => other.includes(abbreviation)), abbreviation).toEqual([]);
    });
  });
});
