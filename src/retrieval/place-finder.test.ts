import { describe, expect, it } from 'vitest';
import { PlaceFinder } from './place-finder.ts';
import { TEST_GAZETTEER } from './test-corpus.ts';

const finder = new PlaceFinder(TEST_GAZETTEER);
const found = (text: string, preferStation = false) => {
  const f = finder.find(text, { preferStation });
  return { ward: f.ward?.ja, anchor: f.anchor?.ja };
};

describe('PlaceFinder', () => {
  it('finds stations and wards in Japanese, Chinese (either script) and kana', () => {
    expect(found('大井町駅の近くの避難所')).toEqual({ ward: undefined, anchor: '大井町' });
    expect(found('品川区の避難所')).toEqual({ ward: '品川区', anchor: undefined });
    expect(found('品川區的避難所')).toEqual({ ward: '品川区', anchor: undefined });
    expect(found('しながわえきの ちかくの ひなんじょ')).toEqual({ ward: undefined, anchor: '品川' });
    expect(found('こうとうくの こうえん')).toEqual({ ward: '江東区', anchor: undefined });
  });

  it('reads romanised names with or without long vowels, and forgives one typo in a long name', () => {
    expect(found('near Ōimachi station').anchor).toBe('大井町');
    expect(found('near Ooimachi station').anchor).toBe('大井町');
    expect(found('Koto-ku').ward).toBe('江東区');
    expect(found('Shinjiku station').anchor).toBe('新宿');
  });

  it('reads Hangul transliterations, with 역 and 구 as markers', () => {
    expect(found('신주쿠역 근처 화장실')).toEqual({ ward: undefined, anchor: '新宿' });
    expect(found('고토구 AED')).toEqual({ ward: '江東区', anchor: undefined });
    expect(found('시나가와구 대피소').ward).toBe('品川区');
  });

  it('tells a ward from the station of the same name by the words around it', () => {
    expect(found('品川のトイレ')).toEqual({ ward: '品川区', anchor: undefined });
    expect(found('品川駅のトイレ')).toEqual({ ward: undefined, anchor: '品川' });
    expect(found('Shinjuku')).toEqual({ ward: '新宿区', anchor: undefined });
    expect(found('wifi near Shinjuku', true)).toEqual({ ward: undefined, anchor: '新宿' });
  });

  it('does not take common words or parts of longer words for places', () => {
    expect(found('東京都の避難所')).toEqual({ ward: undefined, anchor: undefined });
    expect(found('Tokyo shelters')).toEqual({ ward: undefined, anchor: undefined });
    expect(found('Tokyo station toilets').anchor).toBe('東京');
    expect(found('中央図書館はどこ').ward).toBeUndefined();
  });

  it('blanks what it found, so the rest can be read for the topic', () => {
    expect(finder.find('大井町駅の近くの避難所').rest).toBe('   駅の近くの避難所');
  });
});
