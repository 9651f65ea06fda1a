import type { Lang } from '../../core/languages.ts';
/**
 * Words that tell what a question wants done and how it stands in the conversation, in the six languages
 * (compared like every vocabulary table: word-table.ts).
 */

/** "How many …": a count. */
export const COUNT_WORDS: readonly string[] = [
  'いくつ', 'いくつある', 'いくつあり', 'いくつです', 'いくつぐらい', 'いくつくらい', '何か所', '何ヶ所', '何カ所', 'なんかしょ', '何箇所', '何件', 'なんけん', '何台', 'なんだい', '何基', '何軒', '数は', 'かずは', '件数', 'の数', 'のかず', '数を教えて', '総数',
  'how many', 'number of', 'count', 'total number',
  '几个', '幾個', '几处', '幾處', '几家', '幾家', '多少个', '多少個', '多少处', '多少處', '多少家', '数量', '數量', '总共', '總共', '几台', '幾台', '一共有几', '一共有幾', '多少台',
  '몇 개', '몇개', '몇 곳', '몇곳', '몇 군데', '몇군데', '개수', '몇 대',
];

/** "Which …", "list …", "all …": several places, not only the nearest. */
export const LIST_WORDS: readonly string[] = [
  '一覧', 'いちらん', 'リスト', 'ぜんぶ', '全部', 'すべて', '全て', 'どこがある', 'どこにある', 'どれ', 'どの', '教えて', 'ありますか', 'ある？',
  'which', 'list', 'all the', 'all of', 'every', 'any', 'are there', 'is there', 'show me',
  '哪些', '列表', '所有', '全部', '有没有', '有沒有', '有哪些', '哪几', '哪幾',
  '어떤', '목록', '모든', '전부', '있나요', '있어요', '있습니까', '어디 있',
];

/** "Near me", "nearest", "around here". */
export const NEAR_WORDS: readonly string[] = [
  '近く', 'ちかく', '近い', 'ちかい', '近場', '周辺', 'しゅうへん', '付近', 'ふきん', '近辺', '最寄り', '最寄', 'もより', 'そば', '側の', '傍', '隣', 'となり',
  '周り', 'まわり', '辺り', 'あたり', '現在地', 'げんざいち', 'この辺', 'このへん', 'このあたり', 'ここから', 'いまいる', '今いる',
  'nearest', 'nearby', 'near', 'closest', 'close to', 'close by', 'next to', 'beside', 'around here', 'around me', 'my location', 'where i am',
  'walking distance', 'near here', 'near me',
  '附近', '最近', '周边', '周邊', '周围', '周圍', '一带', '一帶', '旁边', '旁邊', '就近', '离我', '離我', '这附近', '這附近',
  '근처', '가까운', '가장 가까운', '주변', '인근', '부근', '근방', '주위', '옆', '이 근처', '여기서',
];

/** Greetings and thanks, answered as small talk when the question is little more than them. */
export const COURTESY_WORDS: ReadonlyArray<readonly ['greeting' | 'thanks', readonly string[]]> = [
  [
    'greeting',
    [
      'こんにちは', 'こんばんは', 'おはよう', 'おはようございます', 'はじめまして', 'やあ', 'もしもし',
      'hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'hiya', 'greetings',
      '你好', '您好', '大家好', '早上好', '晚上好', '嗨', '안녕', '안녕하세요', '안녕하십니까', '반갑습니다',
    ],
  ],
  [
    'thanks',
    [
      'ありがとう', 'ありがとうございます', 'ありがとうございました', 'どうも', 'サンキュー', '助かりました', 'たすかりました',
      'thanks', 'thank you', 'thx', 'ty', 'cheers', 'much appreciated',
      '谢谢', '謝謝', '多谢', '多謝', '感谢', '感謝', '감사', '감사합니다', '고맙', '고마워', '고맙습니다',
    ],
  ],
];

/** Asking what the service can do ("what can you help me with?"): answered with the greeting, which says so. */
export const HELP_WORDS: readonly string[] = [
  '何が聞ける', 'なにがきける', '何を聞け', 'なにをきけ', '何ができるの', '何ができますか', 'なにができますか', 'なにが できますか', 'どんなことが聞け', 'どんなことをきけ',
  '使い方', 'つかいかた', 'このサービス', 'このアプリ', 'あなたは誰', 'あなたはだれ',
  'what can you help', 'what can you do', 'what can i ask', 'how can you help', 'what do you do', 'what are you', 'who are you', 'how does this work',
  'how do i use this', 'what can this app', 'what can this service', 'what kind of questions', 'what sort of questions', 'questions can i ask', 'what do you know', 'what can you answer',
  '你能做什么', '你能做什麼', '你能帮我什么', '你能幫我什麼', '可以问什么', '可以問什麼', '能问什么', '能問什麼', '你是谁', '你是誰', '怎么用', '怎麼用', '可以查询什么', '可以查詢什麼', '能查什么', '能查什麼', '这个服务', '這個服務', '能帮我做什么', '能幫我做什麼',
  '무엇을 물어', '뭘 물어', '뭐 물어', '무엇을 할 수 있', '뭘 할 수 있', '뭐 할 수 있', '무엇을 도와', '뭘 도와', '누구세요', '사용법', '어떻게 사용',
];

/** Asking for the answer in another of the six languages ("日本語で教えて", "can you answer in English?"). */
export const LANGUAGE_REQUEST_WORDS: ReadonlyArray<readonly [Lang, readonly string[]]> = [
  ['ja-easy', ['やさしいにほんご', 'やさしい日本語', 'やさしい にほんご', 'easy japanese', 'simple japanese', '简单日语', '簡單日語', '쉬운 일본어']],
  ['ja', ['日本語で', 'にほんごで', 'in japanese', '用日语', '用日語', '일본어로']],
  ['en', ['英語で', 'えいごで', 'in english', 'english please', '用英语', '用英語', '英文回答', '영어로']],
  ['zh-Hant', ['繁體中文', '繁体中文', '用繁體', '用繁体', '繁体字で', 'traditional chinese', '번체']],
  ['zh-Hans', ['中国語で', '中文回答', '用中文', '简体中文', '簡體中文', '用简体', '用簡體', 'in chinese', 'simplified chinese', '중국어로']],
  ['ko', ['韓国語で', 'かんこくごで', '한국어로', '한국말로', 'in korean', '用韩语', '用韓語']],
];

/** Words that continue the previous question ("what about …", "じゃあ…は？", "那…呢", "그럼 …는요?"). */
export const FOLLOW_UP_WORDS: readonly string[] = [
  'じゃあ', 'じゃ', 'では', 'それでは', 'それなら', 'それと', 'あと', 'ほかに', '他に', 'それから', 'なら',
  'and', 'what about', 'how about', 'then', 'also', 'and what about', 'same for', 'instead',
  '那', '那么', '那麼', '还有', '還有', '那么呢', '另外', '呢',
  '그럼', '그러면', '그리고', '또', '그럼요',
];

/** Words that point back at the places just answered ("its hours", "those", "そこ", "那里", "거기"). */
export const BACK_REFERENCE_WORDS: readonly string[] = [
  'そこ', 'そちら', 'その', 'それ', 'ここ', 'あそこ', 'そのうち', 'それら', 'この中', 'その中', 'こちら',
  'it', 'its', "it's", 'there', 'that', 'those', 'them', 'they', 'these', 'this one', 'that one', 'of them', 'of those', 'the first', 'the second', 'the third', 'first one',
  '那里', '那裡', '那儿', '那兒', '这里', '這裡', '它', '它们', '它們', '那个', '那個', '这些', '這些', '那些', '其中', '第一个', '第一個',
  '거기', '그곳', '그 곳', '그거', '그것', '이곳', '그 중', '그중', '그 장소', '첫 번째', '그건',
];

/** Words that point back at one place of the last answer ("does it…", "そこは…", "第一个…"), not at all of them. */
export const SINGULAR_REFERENCE_WORDS: readonly string[] = [
  'そこ', 'そちら', 'あそこ', 'ここ', 'そこって', '一番目', 'いちばんめ', '最初の', '一番近いところ', 'その近く', 'そのあたり', 'その辺',
  'near there', 'around there', 'nearby there', '那附近', '那边', '那邊', '那一带', '那一帶', '그 근처', '거기 근처',
  'it', 'its', "it's", 'there', 'this one', 'that one', 'the first', 'first one', 'the nearest one', 'this place', 'that place',
  '那里', '那裡', '那儿', '那兒', '这里', '這裡', '它', '那个', '那個', '第一个', '第一個', '这个地方', '這個地方', '那个地方', '那個地方',
  '거기', '그곳', '그 곳', '그거', '그것', '이곳', '첫 번째', '그건', '거기는', '그 장소',
];

/** Words that point back at several places of the last answer ("which of those…", "その中で…", "哪些…"). */
/** "All of them": a list asked whole (一覧, 全部, "list all", 所有, 전부). */
export const ALL_WORDS: readonly string[] = [
  '一覧', 'いちらん', '全部', 'ぜんぶ', 'すべて', '全て', '全部教えて', 'all of them', 'all the', 'list all', 'full list', 'every',
  '所有', '全部', '一览', '一覽', '列出所有', '모든', '전부', '목록', '다 알려',
];

/** Words keeping only some of the list just given ("only the ones in Toyosu", "江東区だけ", "只看町田市的", "도요스만"). */
export const NARROWING_WORDS: readonly string[] = [
  'だけ', 'のみ', 'に絞', 'にしぼ', 'only', 'just the ones', 'just those', '只看', '只要', '只有', '仅', '僅', '만 보여', '만요', '만 알려',
];

export const PLURAL_REFERENCE_WORDS: readonly string[] = [
  'その中', 'そのうち', 'それら', 'この中', 'そのなか', 'このなか', 'どれ', 'どこが',
  'those', 'them', 'they', 'these', 'of them', 'of those', 'which', 'any of',
  '这些', '這些', '那些', '其中', '哪些', '哪个', '哪個',
  '그 중', '그중', '어떤', '어느', '어디가',
];

/** Polite filler that carries no name: left out before a facility's name is searched for. */
export const FILLER_WORDS: readonly string[] = [
  'はどこですか', 'はどこにありますか', 'はどこ', 'どこですか', 'どこにありますか', 'どこにある', 'どこ', 'を教えてください', '教えてください', 'を教えて', '教えて',
  'ありますか', 'の場所', 'ください', 'where is', "where's", 'where are', 'how do i get to', 'tell me', 'show me', 'please', 'can you', 'could you', 'i want to know',
  '在哪里', '在哪裡', '在哪', '哪里', '哪裡', '请问', '請問', '请', '請', '告诉我', '告訴我',
  '어디에 있어요', '어디 있어요', '어디예요', '어디야', '어디', '알려 주세요', '알려주세요', '알려줘', '가르쳐 주세요',
];
