/**
 * Words that tell a language written in Latin letters: English function words (a question with one of them is
 * English, even when it names a place in romaji), and the scripts of languages the service does not speak.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'where', 'what', 'whats', "what's", 'how', 'when', 'which', 'who', 'why', 'can', 'could', 'would',
  'should', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', "it's", 'there', 'here', 'this', 'that', 'these', 'those', 'do', 'does', 'did',
  'near', 'nearest', 'nearby', 'closest', 'in', 'at', 'on', 'of', 'for', 'to', 'from', 'with', 'and', 'or', 'any', 'some', 'all', 'please', 'open',
  'closed', 'find', 'show', 'tell', 'need', 'want', 'get', 'go', 'much', 'many', 'much', 'have', 'has', 'get', 'today', 'now', 'about', 'by', 'is',
  "where's", 'wheres', 'hi', 'hello', 'thanks', 'thank',
]);

/**
 * Words only Chinese writes (Japanese says 住所, 電話番号, 何時): a question of kanji alone that holds one of
 * them is Chinese, not Japanese ("明正小学校 地址").
 */
export const CHINESE_WORDS: readonly string[] = [
  '早上好', '晚上好', '下午好', '大家好',
  '星期', '电话多少', '電話多少', '多少张', '多少張', '床位',
  '地址', '住址', '网站', '網站', '网址', '網址', '官网', '官網', '电话', '號碼', '号码', '几点', '幾點', '几楼', '幾樓', '开门', '開門', '关门', '關門', '门票', '門票',
  '多少钱', '多少錢', '停车', '厕所', '廁所', '免费', '免費', '附近', '怎么', '怎麼', '营业', '營業', '开放', '休息日', '什么', '什麼', '介绍', '介紹', '简介', '簡介',
  '无障碍', '無障礙', '轮椅', '輪椅', '婴儿', '嬰兒', '收费', '收費', '适用', '適用', '灾害', '災害吗', '避难所', '避难', '医院', '醫院', '图书馆', '圖書館',
  '有多', '多高', '多大', '多远', '多遠', '多长', '多長', '几个', '幾個', '几天', '幾天', '哪天', '哪些', '哪里', '哪裡', '是否', '可以', '能不能',
];

/** Scripts of languages the service does not answer in, with the language each most likely is. */
export const FOREIGN_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'ne'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Mongolian}/u, 'mn'],
  [/\p{Script=Georgian}/u, 'ka'],
  // Vietnamese letters no other language here writes
  [/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, 'vi'],
];

/**
 * Function words of the Latin-script languages the service does not answer in: franc's guess of one of them is
 * taken only when the question holds one of its words (an English list of nouns, "Kiba Park opening hours", is
 * not Indonesian).
 */
export const FOREIGN_FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['de', 'la', 'el', 'los', 'las', 'dónde', 'donde', 'está', 'más', 'cerca', 'hay', 'por', 'para', 'qué', 'que', 'cuál', 'cómo', 'cuánto', 'abre', 'estación']),
  pt: new Set(['onde', 'fica', 'mais', 'próximo', 'perto', 'tem', 'para', 'que', 'qual', 'do', 'da', 'está', 'estação', 'quanto', 'abre']),
  id: new Set(['di', 'mana', 'dari', 'sini', 'yang', 'ada', 'terdekat', 'apa', 'ini', 'itu', 'berapa', 'buka', 'dekat']),
  vi: new Set(['ở', 'đâu', 'gần', 'nhất', 'có', 'không', 'nào', 'mấy', 'giờ', 'o', 'dau', 'gan', 'nhat', 'khong']),
  tl: new Set(['saan', 'ang', 'ng', 'po', 'sa', 'pinakamalapit', 'dito', 'may', 'ba', 'anong']),
  fr: new Set(['où', 'est', 'le', 'la', 'les', 'plus', 'proche', 'près', 'de', 'du', 'des', 'quelle', 'quel', 'combien']),
  de: new Set(['wo', 'ist', 'der', 'die', 'das', 'nächste', 'nahe', 'gibt', 'es', 'wie', 'viel', 'kostet', 'den']),
  it: new Set(['dove', 'il', 'più', 'vicino', 'quanto', 'costa', 'della', 'del']),
  nl: new Set(['waar', 'is', 'de', 'het', 'dichtstbijzijnde', 'hoeveel']),
  pl: new Set(['gdzie', 'jest', 'najbliższy', 'ile']),
  tr: new Set(['nerede', 'en', 'yakın', 'ne', 'kadar']),
  sv: new Set(['var', 'är', 'närmaste', 'hur']),
};

