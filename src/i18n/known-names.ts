/**
 * Places known by a name the data does not write: their own official name in other languages (聖路加国際病院 is
 * St. Luke's International Hospital, not a transcription of its reading) and the short names people say
 * (東大病院, 都庁, 江戸博). Keyed by the record's Japanese name exactly; reviewed like data, one row a place.
 *
 * `aliases` are matched in questions as written (Japanese, or Chinese after its kanji are read as Japanese);
 * `kana` is a reading in hiragana people say, beside the publisher's (せいろか for 聖路加, published as せいるか). An English name here is also matched when said.
 */
export interface KnownName {
  en?: string;
  ko?: string;
  'zh-Hans'?: string;
  'zh-Hant'?: string;
  kana?: string;
  aliases: readonly string[];
}

export const KNOWN_NAMES: ReadonlyMap<string, KnownName> = new Map<string, KnownName>([
  ['聖路加国際病院', { en: "St. Luke's International Hospital", ko: '성누가국제병원', 'zh-Hans': '圣路加国际医院', 'zh-Hant': '聖路加國際醫院', kana: 'せいろかこくさいびょういん', aliases: ['聖路加病院'] }],
  ['東京大学医学部付属病院', { en: 'The University of Tokyo Hospital', ko: '도쿄대학병원', 'zh-Hans': '东京大学医学部附属医院', 'zh-Hant': '東京大學醫學部附屬醫院', kana: 'とうきょうだいがくいがくぶふぞくびょういん', aliases: ['東大病院', '東京大学病院', '東大医学部附属病院', '東大医学部付属病院'] }],
  ['日本赤十字社医療センター', { en: 'Japanese Red Cross Medical Center', ko: '일본적십자사 의료센터', 'zh-Hans': '日本红十字会医疗中心', 'zh-Hant': '日本紅十字會醫療中心', kana: 'にほんせきじゅうじしゃいりょうせんたー', aliases: ['日赤医療センター', '日本赤十字医療センター'] }],
  ['国立病院機構災害医療センター', { en: 'National Hospital Organization Disaster Medical Center', ko: '국립병원기구 재해의료센터', 'zh-Hans': '国立医院机构灾害医疗中心', 'zh-Hant': '國立醫院機構災害醫療中心', aliases: ['災害医療センター'] }],
  ['東京都庁舎', { en: 'Tokyo Metropolitan Government Building', ko: '도쿄도청', 'zh-Hans': '东京都厅', 'zh-Hant': '東京都廳', aliases: ['都庁', '東京都庁', '都庁舎'] }],
  ['東京都美術館', { aliases: ['都美館', '都美術館'] }],
  ['東京都江戸東京博物館', { aliases: ['江戸博', '江戸東京博物館'] }],
  ['東京都写真美術館', { en: 'Tokyo Photographic Art Museum', aliases: ['写美', '都写美', '写真美術館'] }],
  ['東京都現代美術館', { en: 'Museum of Contemporary Art Tokyo', aliases: ['都現美', '現代美術館'] }],
  ['江戸東京たてもの園', { en: 'Edo-Tokyo Open Air Architectural Museum', aliases: ['たてもの園'] }],
  ['東京都庭園美術館', { en: 'Tokyo Metropolitan Teien Art Museum', aliases: ['庭園美術館'] }],
  ['葛飾柴又寅さん記念館', { 'zh-Hans': '葛饰柴又寅次郎纪念馆', 'zh-Hant': '葛飾柴又寅次郎紀念館', ko: '가쓰시카 시바마타 도라상 기념관', aliases: ['寅さん記念館', '寅次郎記念館', '寅次郎紀念館', '寅さんミュージアム'] }],
]);
