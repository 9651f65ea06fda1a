import type { Category } from '../core/place.ts';
import type { TopicId } from '../core/topic-ids.ts';
import { editDistance, typoBudget } from '../text/fuzzy.ts';

export interface Topic {
  id: TopicId;
  /** Categories answered for this topic, ranked together (by distance or by name). */
  categories: Category[];
  /** Categories answered only when the topic's own have nothing in the area asked about. */
  fallback: Category[];
  /** A broad word (地震, facility): it names the topic only when no specific topic word is in the question. */
  generic?: boolean;
  /**
   * Words that name the topic, in every language people ask in (compared after NFKC and lower-casing):
   * colloquial and kana-only forms, common IME and spelling slips; Latin words also match their plural and
   * small typos, so they are listed once.
   */
  keywords: string[];
}

/** The topic vocabulary, one entry per topic. */
export const TOPICS: Topic[] = [
  {
    id: 'hazard_map',
    categories: ['municipal_office'],
    fallback: [],
    keywords: [
      'ハザードマップ', 'はざーどまっぷ', 'ハザードまっぷ', '防災マップ', 'ぼうさいマップ', '洪水マップ', '浸水マップ', '被害想定',
      '灾害地图', '災害地圖', '防灾地图', '防災地圖', '危险地图', '危險地圖', '洪水地图', '洪水地圖', '해저드맵', '해저드 맵',
      '재해지도', '재해 지도', '위험지도', '방재지도', '홍수지도', '침수지도', '침수 지도', '風險地圖', '风险地图', '水災地圖', '水灾地图',
      '淹水地圖', '淹水潛勢', '淹水潜势', '浸水想定', 'hazard map', 'hazardmap', 'flood map', 'disaster map', 'flood risk map', 'risk map',
    ],
  },
  {
    id: 'aed',
    categories: ['aed'],
    fallback: [],
    keywords: [
      'aed', 'a.e.d', 'えーいーでぃー', 'エーイーディー', '自動体外式除細動器', '除細動器', '除細動', '心臓マッサージ', '除颤器', '除颤仪',
      '自动体外除颤器', '除顫器', '去顫器', '心臟去顫器', '自動體外心臟去顫器', '제세동기', '자동심장충격기', '심장충격기',
      'defibrillator', 'defib', 'heart attack', 'cardiac arrest',
    ],
  },
  {
    id: 'shelter',
    categories: ['shelter'],
    fallback: ['evacuation_site'],
    keywords: [
      '避難所', 'ひなんじょ', 'ヒナンジョ', 'ひなんしょ', '避難先', '避難施設', '収容避難所', '福祉避難所', '避难所', '避難處', '避难处',
      '收容所', '避难中心', '避難中心', '대피소', '피난소', '피난처', '대피처', '대피 시설', '대피시설', 'shelter', 'evacuation center',
      'evacuation centre', 'refuge', 'emergency shelter', 'hinanjo',
    ],
  },
  {
    id: 'evacuation_site',
    categories: ['evacuation_site'],
    fallback: ['assembly_point', 'shelter'],
    keywords: [
      '避難場所', 'ひなんばしょ', 'ヒナンバショ', '広域避難場所', '緊急避難場所', '指定緊急避難場所', '避難広場', '避难场所', '避難場所',
      '紧急避难场所', '緊急避難場所', '避难地', '避难广场', '대피 장소', '대피장소', '피난 장소', '피난장소', '긴급 대피 장소',
      'evacuation site', 'evacuation area', 'evacuation place', 'evacuation point', 'evacuation ground', 'safe area',
    ],
  },
  {
    id: 'assembly_point',
    categories: ['assembly_point'],
    fallback: ['evacuation_site'],
    keywords: [
      '一時集合場所', 'いちじしゅうごうばしょ', 'いっときしゅうごうばしょ', 'しゅうごうばしょ', '集合場所', '一時集合', '临时集合场所', '臨時集合場所', '集合地点', '집합 장소', '집합장소',
      '임시 집합 장소', 'assembly point', 'assembly area', 'gathering point', 'meeting point',
    ],
  },
  {
    id: 'toilet',
    categories: ['toilet'],
    fallback: [],
    keywords: [
      'トイレ', 'といれ', 'お手洗い', 'おてあらい', '手洗い', '便所', 'べんじょ', '化粧室', '公衆便所', '公衆トイレ', '多目的トイレ',
      'だれでもトイレ', 'トレイ', '厕所', '洗手间', '卫生间', '公厕', '廁所', '厠所', '洗手間', '衛生間', '公廁', '化妝室', '화장실', '공중화장실',
      '변소', '장애인 화장실', 'toilet', 'restroom', 'rest room', 'bathroom', 'washroom', 'wc', 'loo', 'lavatory', 'public toilet',
      'accessible toilet', 'wheelchair toilet', 'powder room',
    ],
  },
  {
    id: 'wifi',
    categories: ['wifi'],
    fallback: [],
    keywords: [
      'wi-fi', 'wifi', 'wi fi', 'wlan', 'ワイファイ', 'わいふぁい', '無線lan', '公衆無線lan', '無線ラン', 'フリーwi-fi', 'ネット',
      'インターネット', '无线网', '无线网络', '無線網路', '無線網絡', '免费wifi', '免費wifi', '网络', '網路', '上网', '上網', '热点', '熱點',
      '와이파이', '무선랜', '무선 인터넷', '인터넷', 'internet', 'hotspot', 'wireless', 'free_wi-fi_and_tokyo',
    ],
  },
  {
    id: 'hospital',
    categories: ['hospital'],
    fallback: [],
    keywords: [
      '病院', 'びょういん', 'ビョウイン', '災害拠点病院', '救急病院', '医療機関', '救急', '医院', '醫院', '急救', '急诊', '急診', '병원',
      '응급실', '종합병원', 'hospital', 'emergency room', 'medical center', 'medical centre',
    ],
  },
  {
    id: 'nursery',
    categories: ['nursery'],
    fallback: [],
    keywords: [
      '保育園', 'ほいくえん', 'ホイクエン', '保育所', '託児所', '保育施設', '認可保育', '托儿所', '托兒所', '幼儿园', '幼兒園', '保育园',
      '어린이집', '보육원', '보육 시설', '보육시설', '유치원', 'nursery', 'nursery school', 'daycare', 'day care', 'day-care', 'childcare',
      'child care', 'preschool', 'kindergarten', 'creche',
    ],
  },
  {
    id: 'childrens_center',
    categories: ['childrens_center'],
    fallback: [],
    keywords: [
      '児童館', 'じどうかん', 'ジドウカン', '児童センター', '子どもの遊び場', '儿童馆', '兒童館', '儿童中心', '兒童中心', '아동관',
      '아동센터', '아동 센터', '어린이회관', '어린이 회관', "children's center", 'childrens center', "children's centre",
      'childrens centre', 'children center', 'kids center', 'kids centre', "children's hall", 'youth center', 'jidokan',
    ],
  },
  {
    id: 'library',
    categories: ['library'],
    fallback: [],
    keywords: ['図書館', 'としょかん', 'トショカン', '図書室', '图书馆', '圖書館', '도서관', 'library', 'libraries', 'toshokan'],
  },
  {
    id: 'museum',
    categories: ['museum'],
    fallback: ['facility'],
    keywords: [
      '美術館', '博物館', 'びじゅつかん', 'はくぶつかん', '資料館', '記念館', '文学館', 'ミュージアム', '美术馆', '博物馆', '纪念馆',
      '紀念館', '미술관', '박물관', '기념관', 'museum', 'gallery', 'galleries', 'art museum',
    ],
  },
  {
    id: 'historic_site',
    categories: ['historic_site'],
    fallback: [],
    keywords: [
      '史跡', 'しせき', '遺跡', 'いせき', '旧跡', '文化財', '古墳', '史迹', '史蹟', '遗址', '遺址', '古迹', '古蹟', '사적', '유적',
      '유적지', '문화재', 'historic site', 'historical site', 'historic place', 'ruins', 'heritage site', 'cultural property',
    ],
  },
  {
    id: 'event',
    categories: ['event'],
    fallback: [],
    keywords: [
      'イベント', 'いべんと', '催し', 'もよおし', '催し物', '展覧会', '展示会', '公演', 'コンサート', '演奏会', '活动', '活動', '展览',
      '展覽', '演出', '音乐会', '音樂會', '이벤트', '행사', '전시회', '전시', '공연', '콘서트', '展示', '企画展', '特別展', 'event', 'festival', 'exhibition',
      'exhibit', 'concert',
      "what's on", 'whats on', 'performance',
    ],
  },
  {
    id: 'tourism',
    categories: ['tourism', 'historic_site'],
    fallback: ['museum', 'park'],
    keywords: [
      '観光', 'かんこう', '名所', '観光地', '観光スポット', '見どころ', 'みどころ', '見所', '景勝地', '旅游', '旅遊', '景点', '景點', '观光',
      '名胜', '名勝', '好玩', '必去', '值得去', '관광', '관광지', '명소', '볼거리', '구경', '가볼 만한', '가볼만한', '볼 만한', '볼만한',
      'sightseeing', 'tourist', 'tourism', 'attraction', 'things to see', 'things to do', 'places to visit', 'must see', 'landmark', 'worth seeing', 'worth a visit', 'anything to see', 'something to see', 'what to see',
    ],
  },
  {
    id: 'park',
    categories: ['park'],
    fallback: [],
    keywords: [
      '公園', 'こうえん', 'コウエン', '庭園', 'ていえん', '緑地', '遊び場', '公园', '庭园', '绿地', '綠地', '공원', '정원', '놀이터', 'park', 'garden',
      'playground', 'koen',
    ],
  },
  {
    id: 'municipal_office',
    categories: ['municipal_office'],
    fallback: [],
    keywords: [
      '区役所', '市役所', '役所', '役場', '町役場', '村役場', 'くやくしょ', 'しやくしょ', 'やくしょ', '区政府', '市政府', '區公所', '市公所', '政府', '公所',
      '區役所', '政府机关', '政府機關', '구청', '시청', '구약소', '관공서', '주민센터', 'ward office', 'city office', 'city hall', 'town hall',
      'municipal office', 'government office', 'town office', 'village office', 'kuyakusho', 'shiyakusho',
      // the municipalities themselves, counted or listed ("東京都には市区町村がいくつ", "how many municipalities")
      '市区町村', '区市町村', 'しくちょうそん', '自治体', 'municipalities', 'municipality', '市区町村数', '区市町村数', '地方自治体', '기초자치단체', '자치단체', '시구정촌',
    ],
  },
  {
    id: 'facility',
    categories: ['facility'],
    fallback: ['library', 'museum', 'park'],
    generic: true,
    keywords: ['公共施設', '都立施設', '施設', '公共设施', '公共設施', '设施', '設施', '공공시설', '시설', 'public facility', 'facility', 'facilities'],
  },
  {
    id: 'evacuation',
    categories: ['shelter', 'evacuation_site', 'assembly_point'],
    fallback: [],
    generic: true,
    keywords: [
      '避難', 'ひなん', 'ヒナン', 'にげる', '逃げ', 'にげ', '地震', 'じしん', '津波', 'つなみ', '洪水', '水害', '災害', 'さいがい', '台風',
      '火事', '避难', '逃生', '疏散', '海啸', '海嘯', '灾害', '台风', '颱風', '대피', '피난', '지진', '쓰나미', '홍수', '재난', '재해', '태풍',
      'evacuate', 'evacuation', 'escape', 'earthquake', 'tsunami', 'flood', 'disaster', 'typhoon', 'emergency',
    ],
  },
];

const BY_ID = new Map(TOPICS.map((topic) => [topic.id, topic]));

export function topicById(id: TopicId): Topic {
  const topic = BY_ID.get(id);
  if (!topic) throw new Error(`unknown topic ${id}`);
  return topic;
}

export interface TopicHit {
  topic: Topic;
  keyword: string;
  /** Where the keyword (or its misspelling) stands in the text. */
  start: number;
  end: number;
}

const LATIN_KEYWORD = /^[a-z0-9 '._-]+$/;
const LATIN_WORD = /[a-z0-9'_-]+/g;

/**
 * The topic a normalised question asks about. When it names several ("toilets in the park", "公園のトイレ"),
 * the head noun wins: the last topic word in Japanese, Chinese and Korean (head-final), the first in English
 * ("toilets near the park") unless the words form one compound ("park toilets"). Broad words (地震, facility)
 * count only when nothing more specific is named.
 */
export function findTopic(normalised: string): TopicHit | undefined {
  const hits = collectHits(normalised);
  if (hits.length === 0) return undefined;
  const specific = hits.filter((hit) => !hit.topic.generic);
  const pool = specific.length > 0 ? specific : hits;
  return pickHead(pool, normalised);
}

interface Keyword {
  topic: Topic;
  keyword: string;
  /** Lower-cased, as questions are compared. */
  key: string;
  latin: boolean;
  /** For Latin keywords: the key with runs of one letter squeezed, its word count, and its typo budget. */
  squeezed: string;
  size: number;
  budget: number;
}

/** Every topic word, prepared once: a question is compared with ~600 of them. */
const KEYWORDS: Keyword[] = TOPICS.flatMap((topic) =>
  topic.keywords.map((keyword) => {
    const key = keyword.toLowerCase();
    return { topic, keyword, key, latin: LATIN_KEYWORD.test(key), squeezed: squeeze(key), size: key.split(' ').length, budget: typoBudget(key.length) };
  }),
);

interface QuestionWords {
  words: Array<{ word: string; start: number; squeezed: string }>;
  /** Phrases of n words (plural ending dropped), computed once per size asked. */
  phrases: Map<number, Array<{ phrase: string; said: string; start: number; end: number }>>;
}

const JAPANESE_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u;
const JAPANESE_SPACE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]\s+[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u;

function collectHits(text: string): TopicHit[] {
  const hits: TopicHit[] = [];
  const question: QuestionWords = {
    words: [...text.matchAll(LATIN_WORD)].map((m) => ({ word: m[0], start: m.index, squeezed: squeeze(m[0]) })),
    phrases: new Map(),
  };
  // words in kana and kanji are found with the spaces between their characters ignored, as やさしい日本語 spaces
  // them (ひなん ばしょ, いちじ しゅうごう ばしょ); `positions` maps the compact text back
  // (only between Japanese characters: Korean spaces its words, and 야구 경기 holds no 구경)
  const spaced = JAPANESE_SPACE.test(text);
  const positions: number[] = [];
  let compact = text;
  if (spaced) {
    compact = '';
    for (let i = 0; i < text.length; i += 1) {
      if (/\s/.test(text.charAt(i)) && JAPANESE_CHAR.test(compact.at(-1) ?? '') && JAPANESE_CHAR.test(text.slice(i).trimStart().charAt(0))) continue;
      compact += text.charAt(i);
      positions.push(i);
    }
  }
  for (const keyword of KEYWORDS) {
    const { topic, key } = keyword;
    if (keyword.latin) hits.push(...latinHits(text, question, keyword));
    else {
      for (let at = compact.indexOf(key); at >= 0; at = compact.indexOf(key, at + 1)) {
        const start = spaced ? (positions[at] as number) : at;
        const end = spaced ? (positions[at + key.length - 1] as number) + 1 : at + key.length;
        hits.push({ topic, keyword: keyword.keyword, start, end });
      }
    }
  }
  // A word inside a longer topic word is part of it: 避難 in 避難所, "evacuation" in "evacuation site".
  return hits.filter((hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start));
}

/** Latin keywords stand as words ("park" is not in "parking"), may take a plural, and forgive small typos. */
function latinHits(text: string, question: QuestionWords, { topic, key, squeezed, size, budget: keyBudget }: Keyword): TopicHit[] {
  const hits: TopicHit[] = [];
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = text.charAt(at - 1);
    const plural = /^(es|s)(?![a-z])/.exec(text.slice(at + key.length))?.[0] ?? '';
    const after = text.charAt(at + key.length + plural.length);
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) hits.push({ topic, keyword: key, start: at, end: at + key.length + plural.length });
  }
  if (hits.length > 0) return hits;
  // A letter typed twice too many (wifii, toilett): compared with runs of one letter squeezed, at any length.
  for (const { word, start, squeezed: squeezedWord } of question.words) if (word !== key && squeezedWord === squeezed) hits.push({ topic, keyword: key, start, end: start + word.length });
  if (hits.length > 0) return hits;
  if (keyBudget === 0) return hits;
  // (and against the plural, whose slip is as common: "libaries" for libraries)
  const forms = [key, key.endsWith('y') ? `${key.slice(0, -1)}ies` : `${key}s`];
  for (const { phrase, said, start, end } of phrasesOf(text, question, size)) {
    const typed = [phrase, said].some((written) =>
      forms.some((form) => {
        const budget = typoBudget(Math.min(written.length, form.length));
        return budget > 0 && written.charAt(0) === form.charAt(0) && editDistance(written, form, budget) <= budget && wordsWithinBudget(written, form);
      }),
    );
    if (typed) hits.push({ topic, keyword: key, start, end });
  }
  return hits;
}

/** Each word of a phrase within its own typo budget: "disaster types" is not "disaster map" (a short word has none). */
function wordsWithinBudget(phrase: string, key: string): boolean {
  const phraseWords = phrase.split(' ');
  const keyWords = key.split(' ');
  if (phraseWords.length !== keyWords.length) return true;
  return keyWords.every((word, i) => {
    const budget = typoBudget(Math.min(word.length, (phraseWords[i] as string).length));
    return editDistance(phraseWords[i] as string, word, budget) <= budget;
  });
}

/** The question's runs of `size` words, as typo candidates for a keyword of that many words. */
function phrasesOf(text: string, question: QuestionWords, size: number): Array<{ phrase: string; said: string; start: number; end: number }> {
  let phrases = question.phrases.get(size);
  if (phrases) return phrases;
  phrases = [];
  const { words } = question;
  for (let i = 0; i + size <= words.length; i += 1) {
    const first = words[i] as { word: string; start: number };
    const last = words[i + size - 1] as { word: string; start: number };
    const end = last.start + last.word.length;
    const said = text.slice(first.start, end).replace(/\s+/g, ' ');
    phrases.push({ phrase: said.replace(/(es|s)$/, ''), said, start: first.start, end });
  }
  question.phrases.set(size, phrases);
  return phrases;
}

/** Runs of one letter written once (wifii → wifi, toilett → toilet). */
function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

function pickHead(hits: TopicHit[], text: string): TopicHit {
  const ordered = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const first = ordered[0] as TopicHit;
  const last = ordered.at(-1) as TopicHit;
  if (first === last) return first;
  const latin = /[a-z]/.test(text.charAt(first.start)) && /[a-z]/.test(text.charAt(last.start));
  if (!latin) return last;
  // English: the first topic word is the head ("wifi at the library"), except in a compound ("library wifi").
  const second = ordered[1] as TopicHit;
  const compound = /^[\s-]*$/.test(text.slice(first.end, second.start));
  return compound ? second : first;
}
