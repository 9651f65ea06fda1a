import { describe, expect, it } from 'vitest';
import type { Place } from '../core/place.ts';
import { officialName, placeName, placeNameRuby, wardName } from './place-names.ts';

const place = (name: Place['name']): Place => ({ id: 'd:1', category: 'shelter', name, datasetId: 'd' });

const OWADA = place({
  ja: '大和田小学校',
  kana: 'オワダ ショウガッコウ',
  display: { en: 'Owada Elementary School', ko: '오와다 초등학교', 'zh-Hans': '大和田小学', 'zh-Hant': '大和田小學', ruby: [['大和田'], ['小学校', 'しょうがっこう']] },
});
const IKEBUKURO = place({
  ja: '池袋駅',
  display: { en: 'Ikebukuro Station', ko: '이케부쿠로역', 'zh-Hans': '池袋站', 'zh-Hant': '池袋站', ruby: [['池袋駅', 'いけぶくろえき']] },
});

describe('placeName and officialName', () => {
  it('names a place in the user language only, with the official Japanese name beside it', () => {
    expect(placeName(IKEBUKURO, 'en')).toBe('Ikebukuro Station');
    expect(placeName(IKEBUKURO, 'ko')).toBe('이케부쿠로역');
    expect(placeName(IKEBUKURO, 'zh-Hans')).toBe('池袋站');
    expect(officialName(IKEBUKURO, 'en')).toBe('池袋駅');
    expect(officialName(IKEBUKURO, 'ja')).toBeUndefined();
    expect(officialName(IKEBUKURO, 'ja-easy')).toBeUndefined();
  });

  it('gives やさしい日本語 the whole reading when it is sure, else only the parts that are (大和田 is not)', () => {
    expect(placeName(IKEBUKURO, 'ja-easy')).toBe('池袋駅（いけぶくろえき）');
    expect(placeName(OWADA, 'ja-easy')).toBe('大和田 小学校（しょうがっこう）');
    expect(placeNameRuby(OWADA)).toEqual([['大和田'], ['小学校', 'しょうがっこう']]);
  });

  it('keeps the older forms for a snapshot built before display names', () => {
    const older = place({ ja: '麹町小学校', kana: 'コウジマチショウガッコウ' });
    expect(placeName(older, 'en')).toBe('Kojimachi Elementary School (麹町小学校)');
    expect(placeName(older, 'ko')).toBe('麹町小学校 (고지마치쇼갓코)');
    expect(placeName(older, 'ja-easy')).toBe('麹町小学校（こうじまちしょうがっこう）');
    expect(placeName(older, 'zh-Hant')).toBe('麹町小学校');
  });

  it('names a municipality the way each language writes it', () => {
    const office = place({ ja: '品川区役所', en: 'Shinagawa City Office', kana: 'しながわく' });
    const shinagawa = { ...office, ward: '品川区' };
    expect(wardName('品川区', 'en', shinagawa)).toBe('Shinagawa City');
    expect(wardName('品川区', 'ko', shinagawa)).toBe('시나가와구(品川区)');
    expect(wardName('品川区', 'zh-Hant', shinagawa)).toBe('品川區');
  });
});
