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

  describe('names as other languages write them', () => {
    const more = new PlaceFinder([
      ...TEST_GAZETTEER,
      { kind: 'municipality', ja: '大田区', en: 'Ota City', kana: 'おおたく', lat: 35.5613, lon: 139.716, ward: '大田区' },
      { kind: 'station', ja: '御茶ノ水', kana: 'オチャノミズ', lat: 35.7002, lon: 139.7642, ward: '文京区' },
      { kind: 'station', ja: '経堂', kana: 'キョウドウ', lat: 35.6515, lon: 139.6364, ward: '世田谷区' },
      { kind: 'station', ja: '井の頭公園', kana: 'イノカシラコウエン', lat: 35.6976, lon: 139.5827, ward: '三鷹市' },
      { kind: 'landmark', ja: '井の頭恩賜公園', kana: 'イノカシラオンシコウエン', lat: 35.7005, lon: 139.5741, ward: '武蔵野市', placeId: 'park' },
    ]);
    const anchorOf = (text: string, preferStation = false) => more.find(text, { preferStation }).anchor?.ja;

    it('takes a three-letter romanised name only before a ward or station word', () => {
      expect(more.find('evacuation sites in Ōta ward').ward?.ja).toBe('大田区');
      expect(more.find('the ota of it').ward).toBeUndefined();
    });

    it('reads the Chinese forms of kana in names, and the name without 恩賜', () => {
      expect(anchorOf('御茶之水站的无障碍厕所')).toBe('御茶ノ水');
      expect(anchorOf('井之头公园附近的厕所', true)).toBe('井の頭恩賜公園');
    });

    it('prefers a landmark said in full to the station named after it, unless a station word follows', () => {
      expect(anchorOf('井の頭公園ってどこ')).toBe('井の頭恩賜公園');
      expect(anchorOf('井の頭公園の近くのトイレ', true)).toBe('井の頭恩賜公園');
      expect(anchorOf('井の頭公園駅のトイレ')).toBe('井の頭公園');
    });

    it('takes a two-syllable Hangul name only as a word of its own', () => {
      expect(anchorOf('도쿄도 미술관 어디에 있어요?')).toBeUndefined();
      expect(anchorOf('교도역 화장실')).toBe('経堂');
    });
  });
});
