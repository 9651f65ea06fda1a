import type { Lang } from '../../src/core/languages.ts';
import type { AnswerAnchor, SourceView } from '../../src/core/chat.ts';

/**
 * A three-place answer in each language, as issue 11's server sends it (docs/api.md): one to three sentences of
 * text without URLs, and three place cards with every field added since the first release (facts, citations of a
 * merged card, official name, category, direction). The places are the real three shelters nearest Oimachi Station
 * in the bundled data, with three facts each and one card merged from two datasets: a generous answer, for the
 * page's layout (phone-fit.test.ts). Names follow issue 11's rule (generic parts translated, proper nouns romanised).
 */
export interface ThreePlaceAnswer {
  question: string;
  text: string;
  anchor: AnswerAnchor;
  sources: SourceView[];
}

interface Words {
  question: string;
  text: string;
  anchor: string;
  category: string;
  names: [string, string, string];
  north: string;
  northEast: string;
  facts: Array<[key: string, label: string, value: string]>;
  gsi: { dataset: string; publisher: string };
  shinagawa: { dataset: string; publisher: string };
}

const OFFICIAL: [string, string, string] = ['都立品川特別支援学校', '浅間台小学校', '南品川シルバーセンター'];
const GSI_JA = { dataset: '指定避難所データ', publisher: '国土地理院（各市区町村提供）' };
const SHINAGAWA_JA = { dataset: '災害時等の避難所・広域避難場所', publisher: '品川区' };

const WORDS: Record<Lang, Words> = {
  ja: {
    question: '大井町駅の近くの避難所は？',
    text: '大井町駅から一番近い避難所は、北東へ約380 mの都立品川特別支援学校です。ほかに浅間台小学校（北へ約470 m）と南品川シルバーセンター（北東へ約530 m）があります。緊急のときは119番・110番に電話してください。',
    anchor: '大井町駅',
    category: '避難所',
    names: OFFICIAL,
    north: '北',
    northEast: '北東',
    facts: [
      ['hazards', '対象の災害', '洪水・地震・大規模な火事'],
      ['capacity', '収容人数', '約850人'],
      ['wheelchair', '車いす', '利用できます（スロープあり）'],
    ],
    gsi: GSI_JA,
    shinagawa: SHINAGAWA_JA,
  },
  'ja-easy': {
    question: '大井町駅の ちかくの ひなんじょは どこ？',
    text: '大井町駅から いちばん ちかい ひなんじょは、きたひがしに やく 380メートルの 都立品川特別支援学校です。浅間台小学校（きたに やく 470メートル）と 南品川シルバーセンター（きたひがしに やく 530メートル）も ちかいです。あぶない ときは 119 か 110 に でんわして ください。',
    anchor: '大井町駅',
    category: 'ひなんじょ',
    names: OFFICIAL,
    north: 'きた',
    northEast: 'きたひがし',
    facts: [
      ['hazards', 'たいしょうの さいがい', 'こうずい・じしん・おおきな かじ'],
      ['capacity', 'はいれる ひと', 'やく 850にん'],
      ['wheelchair', 'くるまいす', 'つかえます（スロープが あります）'],
    ],
    gsi: GSI_JA,
    shinagawa: SHINAGAWA_JA,
  },
  en: {
    question: 'Shelters near Oimachi station',
    text: 'The nearest evacuation shelter to Oimachi Station is Tokyo Metropolitan Shinagawa Special Needs School, about 380 m north-east. Asamadai Elementary School (470 m north) and Minami-Shinagawa Senior Center (530 m north-east) are also close. In an emergency, call 119 or 110.',
    anchor: 'Oimachi Station',
    category: 'Evacuation shelter',
    names: ['Tokyo Metropolitan Shinagawa Special Needs School', 'Asamadai Elementary School', 'Minami-Shinagawa Senior Center'],
    north: 'north',
    northEast: 'north-east',
    facts: [
      ['hazards', 'Hazards', 'Flood, earthquake, large fire'],
      ['capacity', 'Capacity', 'about 850 people'],
      ['wheelchair', 'Wheelchair', 'accessible (ramp)'],
    ],
    gsi: { dataset: 'Designated evacuation shelters', publisher: 'Geospatial Information Authority of Japan (from each municipality)' },
    shinagawa: { dataset: 'Shinagawa City evacuation shelters and wide-area evacuation sites', publisher: 'Shinagawa City' },
  },
  'zh-Hans': {
    question: '大井町站附近的避难所在哪里？',
    text: '离大井町站最近的避难所是都立品川特别支援学校，在东北方向约380米。附近还有浅间台小学（北约470米）和南品川老年中心（东北约530米）。紧急情况请拨打119或110。',
    anchor: '大井町站',
    category: '避难所',
    names: ['都立品川特别支援学校', '浅间台小学', '南品川老年中心'],
    north: '北',
    northEast: '东北',
    facts: [
      ['hazards', '适用灾害', '洪水、地震、大规模火灾'],
      ['capacity', '可容纳人数', '约850人'],
      ['wheelchair', '轮椅', '可通行（有坡道）'],
    ],
    gsi: GSI_JA,
    shinagawa: SHINAGAWA_JA,
  },
  'zh-Hant': {
    question: '大井町站附近的避難所在哪裡？',
    text: '離大井町站最近的避難所是都立品川特別支援學校，在東北方向約380公尺。附近還有淺間台小學（北約470公尺）和南品川老人中心（東北約530公尺）。緊急情況請撥打119或110。',
    anchor: '大井町站',
    category: '避難所',
    names: ['都立品川特別支援學校', '淺間台小學', '南品川老人中心'],
    north: '北',
    northEast: '東北',
    facts: [
      ['hazards', '適用災害', '洪水、地震、大規模火災'],
      ['capacity', '可容納人數', '約850人'],
      ['wheelchair', '輪椅', '可通行（有坡道）'],
    ],
    gsi: GSI_JA,
    shinagawa: SHINAGAWA_JA,
  },
  ko: {
    question: '大井町역 근처 대피소는 어디예요?',
    text: '오이마치역에서 가장 가까운 대피소는 북동쪽으로 약 380m 떨어진 도립 시나가와 특별지원학교입니다. 아사마다이 초등학교(북쪽 약 470m)와 미나미시나가와 실버센터(북동쪽 약 530m)도 가깝습니다. 긴급 상황에서는 119 또는 110에 전화하세요.',
    anchor: '오이마치역',
    category: '대피소',
    names: ['도립 시나가와 특별지원학교', '아사마다이 초등학교', '미나미시나가와 실버센터'],
    north: '북쪽',
    northEast: '북동쪽',
    facts: [
      ['hazards', '대상 재해', '홍수, 지진, 대규모 화재'],
      ['capacity', '수용 인원', '약 850명'],
      ['wheelchair', '휠체어', '이용 가능(경사로 있음)'],
    ],
    gsi: GSI_JA,
    shinagawa: SHINAGAWA_JA,
  },
};

const GSI = {
  license: '国土地理院コンテンツ利用規約 (CC BY 4.0 compatible)',
  url: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
  attribution: '国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成',
};
const SHINAGAWA = {
  license: 'CC BY 4.0',
  url: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000138',
  attribution: '「災害時等の避難所・広域避難場所」（品川区）を加工して作成',
};

const PLACES = [
  { id: 'gsi-designated-shelters:E1310900004121', address: '東京都品川区南品川6-15-20', lat: 35.609718, lon: 139.738189, distanceMeters: 383, bearingDegrees: 48 },
  { id: 'shinagawa-shelters:veWaIgpgn3sD', address: '東京都品川区南品川6-8-8', lat: 35.611484, lon: 139.736494, distanceMeters: 471, bearingDegrees: 17, phone: '03-3474-2727' },
  { id: 'gsi-designated-shelters:E1310900091121', address: '東京都品川区南品川5-10-3', lat: 35.610197, lon: 139.739836, distanceMeters: 533, bearingDegrees: 55 },
];

/** The answer in `lang`: the second place is one card merged from the ward's list and GSI's (two citations). */
export function threePlaceAnswer(lang: Lang): ThreePlaceAnswer {
  const words = WORDS[lang];
  const gsi = { ...words.gsi, ...GSI };
  const shinagawa = { ...words.shinagawa, ...SHINAGAWA };
  const sources = PLACES.map((place, i): SourceView => {
    const primary = i === 1 ? shinagawa : gsi;
    const title = words.names[i] ?? '';
    return {
      ...place,
      title,
      officialName: title === OFFICIAL[i] ? undefined : OFFICIAL[i],
      category: 'shelter',
      categoryLabel: words.category,
      direction: place.bearingDegrees < 22.5 ? words.north : words.northEast,
      facts: words.facts.map(([key, label, value]) => ({ key, label, value })),
      ...primary,
      citations: i === 1 ? [shinagawa, gsi] : [primary],
      mergedIds: i === 1 ? ['gsi-designated-shelters:E1310900004111'] : undefined,
      mapUrl: `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lon}#map=18/${place.lat}/${place.lon}`,
    };
  });
  return { question: words.question, text: words.text, anchor: { kind: 'station', lat: 35.607414, lon: 139.735038, label: words.anchor }, sources };
}
