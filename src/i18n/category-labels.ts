import type { Category } from '../core/place.ts';
import type { Lang } from '../core/languages.ts';

/** What each category is called, per language (やさしい日本語 gives the reading first, the kanji after). */
export const CATEGORY_LABELS: Record<Category, Record<Lang, string>> = {
  shelter: { ja: '避難所', en: 'evacuation shelter', 'zh-Hans': '避难所', 'zh-Hant': '避難所', ko: '대피소', 'ja-easy': 'ひなんじょ（避難所）' },
  evacuation_site: { ja: '避難場所', en: 'evacuation site', 'zh-Hans': '避难场所', 'zh-Hant': '避難場所', ko: '대피 장소', 'ja-easy': 'ひなんばしょ（避難場所）' },
  assembly_point: { ja: '一時集合場所', en: 'temporary assembly point', 'zh-Hans': '临时集合场所', 'zh-Hant': '臨時集合場所', ko: '임시 집합 장소', 'ja-easy': 'いちじ しゅうごう ばしょ（一時集合場所）' },
  aed: { ja: 'AED', en: 'AED', 'zh-Hans': 'AED（自动体外除颤器）', 'zh-Hant': 'AED（自動體外心臟去顫器）', ko: 'AED(자동심장충격기)', 'ja-easy': 'AED' },
  toilet: { ja: 'トイレ', en: 'public toilet', 'zh-Hans': '公共厕所', 'zh-Hant': '公共廁所', ko: '공중화장실', 'ja-easy': 'トイレ' },
  wifi: { ja: '無料Wi-Fiスポット', en: 'free Wi-Fi spot', 'zh-Hans': '免费Wi-Fi热点', 'zh-Hant': '免費Wi-Fi熱點', ko: '무료 Wi-Fi 스폿', 'ja-easy': 'むりょう（無料）の Wi-Fi' },
  park: { ja: '公園', en: 'park', 'zh-Hans': '公园', 'zh-Hant': '公園', ko: '공원', 'ja-easy': 'こうえん（公園）' },
  library: { ja: '図書館', en: 'library', 'zh-Hans': '图书馆', 'zh-Hant': '圖書館', ko: '도서관', 'ja-easy': 'としょかん（図書館）' },
  childrens_center: { ja: '児童館', en: "children's center", 'zh-Hans': '儿童馆', 'zh-Hant': '兒童館', ko: '아동관', 'ja-easy': 'じどうかん（児童館）' },
  nursery: { ja: '保育園', en: 'nursery school', 'zh-Hans': '保育园', 'zh-Hant': '保育園', ko: '어린이집', 'ja-easy': 'ほいくえん（保育園）' },
  facility: { ja: '都立施設', en: 'public facility', 'zh-Hans': '公共设施', 'zh-Hant': '公共設施', ko: '공공시설', 'ja-easy': 'とりつ しせつ（都立施設）' },
  museum: { ja: '美術館・博物館', en: 'museum', 'zh-Hans': '博物馆・美术馆', 'zh-Hant': '博物館・美術館', ko: '박물관·미술관', 'ja-easy': 'びじゅつかん（美術館）・はくぶつかん（博物館）' },
  hospital: { ja: '災害拠点病院', en: 'disaster base hospital', 'zh-Hans': '灾害据点医院', 'zh-Hant': '災害據點醫院', ko: '재해 거점 병원', 'ja-easy': 'さいがいの ときの びょういん（災害拠点病院）' },
  tourism: { ja: '観光スポット', en: 'tourist spot', 'zh-Hans': '旅游景点', 'zh-Hant': '旅遊景點', ko: '관광지', 'ja-easy': 'かんこう（観光）スポット' },
  historic_site: { ja: '史跡', en: 'historic site', 'zh-Hans': '史迹', 'zh-Hant': '史蹟', ko: '사적', 'ja-easy': 'しせき（史跡）' },
  municipal_office: { ja: '区市町村役所', en: 'municipal office', 'zh-Hans': '区市町村政府', 'zh-Hant': '區市町村政府', ko: '구청·시청', 'ja-easy': 'やくしょ（役所）' },
  event: { ja: 'イベント', en: 'event', 'zh-Hans': '活动', 'zh-Hant': '活動', ko: '이벤트', 'ja-easy': 'イベント' },
};
