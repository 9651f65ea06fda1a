import { beforeAll, describe, expect, it } from 'vitest';
import type { DisplayNames, Place } from '../../core/place.ts';
import { createAnalyser, type TokensOf } from '../readings.ts';
import { addDisplayNames, displayNamesOf, tidyOfficeEnglish, vocabularyOf } from './display-names.ts';
import { tidyDataEnglish } from './english-from-data.ts';
import type { NameVocabulary } from './segment-name.ts';

const office = (ward: string, ja: string, en: string, kana: string): Place => ({
  id: `municipalities:${ward}`,
  category: 'municipal_office',
  name: { ja, en, kana },
  ward,
  datasetId: 'municipalities',
});
const OFFICES = [office('江東区', '江東区役所', 'Koto City Office', 'こうとうく'), office('港区', '港区役所', 'Minato City Office', 'みなとく')];

let tokensOf: TokensOf;
let vocabulary: NameVocabulary;
const names = (ja: string, kana?: string): DisplayNames => displayNamesOf(ja, kana, tokensOf, vocabulary);

beforeAll(async () => {
  tokensOf = (await createAnalyser()).tokensOf;
  vocabulary = vocabularyOf(OFFICES);
});

describe('display names (built with the snapshot)', () => {
  it('translates the generic words and transcribes only the proper noun', () => {
    expect(names('池袋駅')).toMatchObject({ en: 'Ikebukuro Station', ko: '이케부쿠로역', 'zh-Hans': '池袋站', 'zh-Hant': '池袋站' });
    expect(names('東日本旅客鉄道 池袋駅 多機能お手洗').en).toBe('JR East Ikebukuro Station Accessible Toilet');
    expect(names('麹町小学校')).toMatchObject({ en: 'Kojimachi Elementary School', ko: '고지마치 초등학교', 'zh-Hant': '麹町小學' });
  });

  it('translates names made only of common words instead of spelling them by sound', () => {
    expect(names('デジタルサイネージ').en).toBe('Digital Signage');
    expect(names('観光案内標識(港区赤坂2-11)')).toMatchObject({ en: 'Tourist Information Sign (Minato City Akasaka 2-11)', ko: '관광안내표지 (미나토구 아카사카 2-11)' });
    expect(names('公衆電話').ko).toBe('공중전화');
  });

  it('says numbers as numbers and leaves out the municipality that runs the place, unless it is the name', () => {
    expect(names('大森第八中学校').en).toBe('Omori No. 8 Junior High School');
    expect(names('江東区立東砂三丁目公園').en).toBe('Higashisuna 3-chome Park');
    expect(names('江東区立ボート場').en).toBe('Koto City Boating Area');
  });

  it('gives readings for やさしい日本語 only where they are sure: 大和田 is read おおわだ or おわだ', () => {
    const ruby = names('大和田小学校').ruby;
    expect(ruby).toEqual([['大和田'], ['小学校', 'しょうがっこう']]);
    expect(names('池袋駅').ruby).toEqual([['池袋駅', 'いけぶくろえき']]);
  });

  it('prefers the publisher reading (名称_カナ), cut along the glossary terms', () => {
    const published = names('江東区立万年橋際公衆便所', 'コウトウクリツマンネンバシギワコウシュウベンジョ');
    expect(published.ruby).toEqual([['江東区立万年橋際公衆便所', 'こうとうくりつまんねんばしぎわこうしゅうべんじょ']]);
    expect(published.en).toBe('Mannenbashi Public Toilet');
    expect(names('江東区立亀戸九丁目公園', 'コウトウクリツカメイドキュウチョウメコウエン').ruby?.[0]?.[1]).toBe('こうとうくりつかめいどきゅうちょうめこうえん');
    expect(names('江東区立白河一丁目公園', 'コウトウクリツシラカワイッチョウメコウエン')).toMatchObject({ en: 'Shirakawa 1-chome Park', ruby: [['江東区立白河一丁目公園', 'こうとうくりつしらかわいっちょうめこうえん']] });
    expect(names('亀戸第三児童館', 'カメイドダイサンジドウカン').en).toBe("Kameido No. 3 Children's Center");
  });

  it('leaves a word without a known reading as written rather than half transcribed', () => {
    expect(names('東京曳舟病院').en).toBe('東京曳舟 Hospital');
  });
});

describe('English names from the data', () => {
  it('tidies the forms publishers write', () => {
    expect(tidyDataEnglish('Public_toilet_at_Mannen-Bridge_KotoCity')).toBe('Public toilet at Mannen Bridge');
    expect(tidyDataEnglish('Public toilet in Ojima4dai2-Park KotoCity')).toBe('Public toilet in Ojima 4 No. 2 Park');
    expect(tidyDataEnglish('Integrated E. & Jr. H. Sch. Hino-gakuen')).toBe('Integrated Elementary and Junior High School Hino-gakuen');
    expect(tidyDataEnglish('Public toilet in front of Toyosu.Sta. KotoCity')).toBe('Public toilet in front of Toyosu Station');
    expect(tidyOfficeEnglish('City Suginami Office')).toBe('Suginami City Office');
    expect(tidyOfficeEnglish('Toshima mura Office')).toBe('Toshima Village Office');
    expect(tidyOfficeEnglish('SETAGAYA CITY Office')).toBe('Setagaya City Office');
  });

  it('uses the data English name, and lends it to the same facility in another dataset of the same municipality', async () => {
    const school = (datasetId: string, en?: string): Place => ({ id: `${datasetId}:1`, category: 'shelter', name: { ja: '延山小学校', en }, ward: '品川区', datasetId });
    const places = [school('shinagawa-shelters', 'Enzan E. Sch.'), school('tmg-bousai-evacuation'), { ...school('gsi'), ward: '大田区' }];
    addDisplayNames(places, tokensOf, new Map());
    expect(places.map((place) => place.name.display?.en)).toEqual(['Enzan Elementary School', 'Enzan Elementary School', expect.not.stringContaining('Enzan')]);
  });
});
