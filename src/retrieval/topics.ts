import type { Category } from '../opendata/types.ts';

export const TOPIC_IDS = [
  'shelter',
  'evacuation_site',
  'evacuation',
  'aed',
  'toilet',
  'wifi',
  'park',
  'library',
  'childrens_center',
  'nursery',
  'hospital',
  'museum',
  'tourism',
  'historic_site',
  'event',
  'municipal_office',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  /** Categories answered for this topic, in order of preference. */
  categories: Category[];
  /** Words that name the topic, in every language people ask in (compared after NFKC and lower-casing). */
  keywords: string[];
}

/**
 * The topic vocabulary. The most specific (longest) keyword found in a question wins, so "evacuation shelter"
 * is a shelter question, not a generic evacuation one.
 */
export const TOPICS: Topic[] = [
  {
    id: 'shelter',
    categories: ['shelter', 'evacuation_site'],
    keywords: [
      '避難所', 'ひなんじょ', 'ヒナンジョ', '避难所', '避難處', '避难处', '收容所', '대피소', '피난소', '피난처', '대피처',
      'shelter', 'shelters', 'evacuation center', 'evacuation centre', 'refuge',
    ],
  },
  {
    id: 'evacuation_site',
    categories: ['evacuation_site', 'assembly_point', 'shelter'],
    keywords: [
      '避難場所', 'ひなんばしょ', '広域避難場所', '一時集合場所', '集合場所', '避难场所', '避難場所', '避难地', '대피 장소', '대피장소',
      '피난 장소', '피난장소', '집합 장소', 'evacuation site', 'evacuation area', 'evacuation place', 'assembly point', 'gathering point',
    ],
  },
  {
    id: 'evacuation',
    categories: ['shelter', 'evacuation_site', 'assembly_point'],
    keywords: [
      '避難', 'ひなん', 'にげる', '逃げ', '避难', '逃生', '疏散', '대피', '피난', 'evacuate', 'evacuation', 'escape',
      '地震', 'じしん', '지진', 'earthquake', '津波', '海啸', '쓰나미', 'tsunami', '洪水', 'flood',
    ],
  },
  { id: 'aed', categories: ['aed'], keywords: ['aed', '自動体外式除細動器', '除細動器', '除颤器', '除顫器', '제세동기', 'defibrillator'] },
  {
    id: 'toilet',
    categories: ['toilet'],
    keywords: ['トイレ', 'といれ', 'お手洗い', 'おてあらい', '便所', '厕所', '洗手间', '卫生间', '廁所', '洗手間', '衛生間', '화장실', 'toilet', 'toilets', 'restroom', 'restrooms', 'bathroom', 'washroom', 'wc'],
  },
  {
    id: 'wifi',
    categories: ['wifi'],
    keywords: ['wi-fi', 'wifi', 'wi fi', 'ワイファイ', 'わいふぁい', '無線lan', '无线网', '無線網路', '와이파이', 'internet', 'インターネット', '网络', '網路'],
  },
  { id: 'park', categories: ['park'], keywords: ['公園', 'こうえん', '公园', '공원', 'park', 'parks', 'garden'] },
  { id: 'library', categories: ['library'], keywords: ['図書館', 'としょかん', '图书馆', '圖書館', '도서관', 'library', 'libraries'] },
  {
    id: 'childrens_center',
    categories: ['childrens_center'],
    keywords: ['児童館', 'じどうかん', '儿童馆', '兒童館', '아동관', "children's center", 'childrens center', "children's centre", 'kids center'],
  },
  {
    id: 'nursery',
    categories: ['nursery'],
    keywords: ['保育園', 'ほいくえん', '保育所', '托儿所', '托兒所', '幼儿园', '幼兒園', '어린이집', '보육원', 'nursery', 'daycare', 'day care', 'childcare', 'child care'],
  },
  {
    id: 'hospital',
    categories: ['hospital'],
    keywords: ['病院', 'びょういん', '医院', '醫院', '병원', 'hospital', 'hospitals', '災害拠点病院'],
  },
  { id: 'museum', categories: ['museum', 'facility'], keywords: ['美術館', '博物館', 'びじゅつかん', 'はくぶつかん', '美术馆', '博物馆', '미술관', '박물관', 'museum', 'gallery'] },
  {
    id: 'tourism',
    categories: ['tourism', 'historic_site'],
    keywords: ['観光', 'かんこう', '名所', '旅游', '觀光', '景点', '景點', '관광', 'sightseeing', 'tourist', 'attraction', 'attractions'],
  },
  { id: 'historic_site', categories: ['historic_site'], keywords: ['史跡', 'しせき', '遗址', '遺址', '사적', 'historic site', 'historical site'] },
  { id: 'event', categories: ['event'], keywords: ['イベント', 'いべんと', '催し', '活动', '活動', '이벤트', '행사', 'event', 'events', 'festival'] },
  {
    id: 'municipal_office',
    categories: ['municipal_office'],
    keywords: [
      '区役所', '市役所', '役所', '役場', 'くやくしょ', 'やくしょ', '区政府', '市政府', '區役所', '구청', '시청', '구약소',
      'ward office', 'city office', 'city hall', 'town hall', 'municipal office',
    ],
  },
];

const BY_ID = new Map(TOPICS.map((topic) => [topic.id, topic]));

export function topicById(id: TopicId): Topic {
  const topic = BY_ID.get(id);
  if (!topic) throw new Error(`unknown topic ${id}`);
  return topic;
}

/** The topic named in a normalised question (longest keyword wins), or undefined. */
export function findTopic(normalised: string): { topic: Topic; keyword: string } | undefined {
  let best: { topic: Topic; keyword: string } | undefined;
  for (const topic of TOPICS) {
    for (const keyword of topic.keywords) {
      if (!containsKeyword(normalised, keyword)) continue;
      if (!best || keyword.length > best.keyword.length) best = { topic, keyword };
    }
  }
  return best;
}

function containsKeyword(text: string, keyword: string): boolean {
  const key = keyword.toLowerCase();
  if (!/^[a-z0-9 '-]+$/.test(key)) return text.includes(key);
  // Latin keywords must stand as words: "park" is not in "parking", "wc" is not in "www".
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + key.length);
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
  }
  return false;
}
