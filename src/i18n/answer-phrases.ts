import type { Lang } from '../core/languages.ts';
import type { Attribute, DeclineReason, Feature, Hazard, ShelterGroup, Sight } from '../core/question-frame.ts';

/**
 * The sentences of the local answer engine's short answers (issue 10 and 11): the answer leads with the fact or
 * the place asked, in one to three sentences; details are in the place cards. `{name}` placeholders are filled by
 * the engine; every value comes from the records.
 */
export interface AnswerPhrases {
  /** The nearest place, with its distance and direction from the anchor ("you" when it is the device). */
  nearest: string;
  nearestUser: string;
  /** The other places shown below. */
  others: string;
  /** A municipality's places, or Tokyo's: how many meet the question, how many are shown. */
  listWard: string;
  listTokyo: string;
  listShown: string;
  /** The names of the first places listed, in the text for a listener (some of them, or every one). */
  listNames: string;
  listNamesAll: string;
  listNameOne: string;
  /** The places held at a named place (its events). */
  listAt: string;
  count: string;
  countTokyo: string;
  /** A count by the publishers whose data was counted, and the rows of a file the ingest left out. */
  countBySource: string;
  countSource: string;
  countRows: string;
  /** A named place and where it is. */
  where: string;
  whereFrom: string;
  /** A fact of a named place; free text from the record keeps its language (`factJa` says so). */
  fact: string;
  factJa: string;
  hasYes: string;
  hasNo: string;
  freeYes: string;
  freeNo: string;
  openOn: string;
  /** Open that day, the record giving no times. */
  openOnDay: string;
  closedOn: string;
  openNow: string;
  closedNow: string;
  someWeeksClosed: string;
  /** Closed on given weeks of each month: {days} is nthDay filled (毎月第3火曜は休みです). */
  nthClosed: string;
  /** One day of given weeks: {weeks} the week numbers (joined by weekJoin), {day} the day (第{weeks}{day}). */
  nthDay: string;
  weekJoin: string;
  /** No day of the week is a closing day. */
  openEveryDay: string;
  admitsAll: string;
  admitsSome: string;
  /** The hazards a site is designated for, and whether the one asked is among them. */
  hazardsAre: string;
  /** The places that serve a district or an association (the records' 対象地区 / 町会). */
  servedBy: string;
  hazardYes: string;
  hazardNo: string;
  eventPast: string;
  eventFuture: string;
  role: string;
  roleTertiary: string;
  /** Its role among Tokyo's disaster base hospitals (★, ☆ in the list). */
  roleWideArea: string;
  roleRegionalCore: string;
  /** Said when a critical care centre was asked of a hospital whose record has none. */
  roleNotTertiary: string;
  /** A fact asked of no place named: which place? */
  clarifyPlace: string;
  /** The record lacks the fact asked: say so, and what it has. */
  missing: string;
  askPhone: string;
  askCard: string;
  /** Nothing meets the condition; the nearest that do not are shown, with why. */
  unmet: string;
  unmetShown: string;
  /** Why a place shown does not meet the condition (not open is said by its hours). */
  unmetReason: string;
  /** The data does not cover the municipality for the kind asked. */
  uncovered: string;
  coveredWards: string;
  declines: Record<DeclineReason, string>;
  /** Shelters some people only may use are not offered as general ones. */
  restricted: string;
  labels: Record<Attribute, string>;
  /** A feature's flag on a card. */
  yes: string;
  no: string;
  /** Marks the publisher's Japanese text on a card in another language. */
  inJapanese: string;
  features: Record<Feature, string>;
  /** Conditions as the answer restates them ("open on Sunday at 18:00", "free"). */
  conditions: {
    openOn: string;
    openAt: string;
    /** Open through a time ("open until 21:00"), on days ("open on Mondays until 21:00"). */
    openUntil: string;
    openOnUntil: string;
    openOnAt: string;
    openNow: string;
    free: string;
    paid: string;
    has: string;
    hazard: string;
    admitsEveryone: string;
    upcoming: string;
    /** Held in a month or a year: {period} is periodMonth or periodYear filled. */
    during: string;
    periodMonth: string;
    periodYear: string;
    /** Of a kind of sight: {sight} is one of sightNames. */
    sight: string;
    /** In a medical region of the hospital data ({region} as the data writes it). */
    region: string;
    /** For a group of people ({group} is one of groupNames). */
    group: string;
    /** How conditions join ("and"). */
    join: string;
  };
  /** The eight compass directions, north first, clockwise. */
  directions: readonly [string, string, string, string, string, string, string, string];
  /** Opening hours. */
  hours: {
    range: string;
    untilOn: string;
    closedOn: string;
    holidaysClosed: string;
    holidaysUntil: string;
    allDay: string;
    /** Open every day of the week (the record gives no hours). */
    everyDay: string;
    trains: string;
    days: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' | 'hol', string>;
    daySeparator: string;
    now: string;
    /** Brackets around the exceptions to the usual hours. */
    brackets: readonly [string, string];
  };
  date: string;
  dateRange: string;
  toilets: { men: string; women: string; unisex: string; accessible: string; separator: string };
  beds: string;
  people: string;
  hazardNames: Record<Hazard, string>;
  sightNames: Record<Sight, string>;
  groupNames: Record<ShelterGroup, string>;
  separator: string;
}

/** The languages the service speaks, each named in its own language: said to a question in any other. */
export const UNSUPPORTED_LANGUAGE_REPLY =
  'Sorry, I answer in Japanese, English, Chinese and Korean. / 日本語・英語・中国語・韓国語・やさしい日本語でお答えします。/ ' +
  '本服务支持日语、英语、中文（简体・繁體）和韩语。/ 本服務支援日語、英語、中文和韓語。/ 일본어, 영어, 중국어, 한국어로 답변합니다.';

const JA_LABELS: Record<Attribute, string> = {
  hours: '利用時間', open_days: '休みの日', fee: '料金', free: '料金', phone: '電話番号', website: 'ウェブサイト', address: '住所', access: '行き方',
  floor: '設置場所', wheelchair: '車椅子対応', ostomate: 'オストメイト対応', baby: '乳幼児用設備', parking: '駐車場', toilets: 'トイレの数',
  beds: '病床数', emergency_role: '災害時の役割', ssid: 'Wi-FiのSSID', event_dates: '開催期間', venue: '会場', hazards: '対応する災害',
  admits: '受入対象', designated: '指定日', description: '説明', capacity: '収容人数', conditions: '利用条件', childcare: '託児', ages: '対象年齢',
};

const JA_HAZARDS: Record<Hazard, string> = {
  flood: '洪水', landslide: '土砂災害', storm_surge: '高潮', earthquake: '地震', tsunami: '津波', large_fire: '大規模な火事', inland_flood: '内水氾濫', volcano: '火山',
};

const JA: AnswerPhrases = {
  listAt: '{place}の{conditions}{category}は、データに{total}件あります。',
  openEveryDay: '{name}は毎日開いています（年末年始などを除く）。',
  yes: 'あり',
  no: 'なし',
  inJapanese: '',
  clarifyPlace: 'どの施設の{label}ですか？施設の名前を入れてください。',
  nearest: '{anchor}から一番近い{conditions}{category}は{name}です（{direction}へ{distance}）。',
  nearestUser: '一番近い{conditions}{category}は{name}です（{direction}へ{distance}）。',
  others: 'ほかに近い{n}か所もカードに示します。',
  listWard: '{ward}の{conditions}{category}は{total}か所あります。',
  listTokyo: 'データにある{conditions}{category}は{total}か所です。',
  listShown: '{shown}か所を示します。',
  listNames: '{names}などです。',
  listNamesAll: '{names}です。',
  listNameOne: '{names}です。',
  count: '{ward}の{conditions}{category}は、データ上{count}か所です。',
  countTokyo: 'データにある{conditions}{category}は{count}か所です。',
  countBySource: 'データの出典別では、{list}です。',
  countSource: '{source}のデータで{n}か所',
  countRows: '元のファイルには{rows}件あり、うち{left}件は位置の誤りや重複のため除いています。',
  where: '{name}は{address}にあります。',
  whereFrom: '{name}は{address}にあります（{direction}へ{distance}）。',
  fact: '{name}の{label}は{value}です。',
  factJa: '{name}の{label}：{value}',
  hasYes: '{name}には{label}があります。',
  hasNo: '{name}には{label}はありません（データ上）。',
  freeYes: '{name}は無料です。',
  freeNo: '{name}は有料です。',
  openOn: '{name}は{when}、{hours}に開いています。',
  openOnDay: '{name}は{when}は開いています。',
  closedOn: '{name}は{when}は休みです。',
  openNow: '{name}は今開いています（{hours}）。',
  closedNow: '{name}は今は閉まっています（{hours}）。',
  someWeeksClosed: 'ただし、月によって休みの{days}があります。',
  nthClosed: 'ただし、毎月{days}は休みです。',
  nthDay: '第{weeks}{day}',
  weekJoin: '・第',
  admitsAll: '{name}は誰でも避難できる場所です（データに受入対象の制限はありません）。',
  admitsSome: '{name}の受入対象は「{who}」です。',
  hazardsAre: '{name}は{list}のときの避難先に指定されています。',
  servedBy: '{area}の{category}は{names}です。',
  hazardYes: '{name}は{hazard}のときの避難先に指定されています（指定：{list}）。',
  hazardNo: '{name}は{hazard}のときの避難先には指定されていません（指定：{list}）。',
  eventPast: '{name}は{dates}に開催されました（終了しています）。',
  eventFuture: '{name}は{dates}に開催されます。',
  role: '{name}は東京都の災害拠点病院です。',
  roleTertiary: '救命救急センター（三次救急）もあります。',
  roleWideArea: '広域基幹災害拠点病院（★）に指定されています。',
  roleRegionalCore: '地域災害拠点中核病院（☆）に指定されています。',
  roleNotTertiary: 'データ上、救命救急センター（三次救急）はありません。',
  missing: '{name}の{label}は、このデータにはありません。',
  askPhone: '施設に直接お問い合わせください（電話 {phone}）。',
  askCard: '施設のウェブサイトはカードにあります。',
  unmet: '{scope}には、データ上{conditions}{category}が見つかりませんでした。',
  unmetShown: '近くの{category}を示しますが、{reason}。',
  unmetReason: '{name}はデータ上「{condition}」場所ではありません',
  uncovered: '{ward}の{category}のデータは、このサービスにはありません。',
  coveredWards: '{category}のデータがあるのは{wards}です。',
  declines: {
    forecast: '天気予報や今後の災害の予測には、このサービスではお答えできません。気象庁などの公式情報をご確認ください。',
    money: '税金や給付金などの金額は、お一人おひとりの事情で変わるため、このサービスではお答えできません。',
    service: 'その手続きやサービスの情報は、このサービスのデータにはありません。',
    recommendation: 'おすすめのお店やホテルなどは、このサービスのデータにはありません。東京都のオープンデータにある施設（避難所、AED、トイレ、Wi-Fi、公園、図書館、博物館、観光地など）についてお答えします。',
    immigration: 'ビザや在留資格についてはお答えできません。出入国在留管理庁など公式の窓口にご相談ください。',
    advice: '医療・法律・政治についての助言はできません。',
    transport: '電車の時刻や運賃、運行状況は、このサービスのデータにはありません。',
    outside_tokyo: 'このサービスは東京都内の情報だけをお答えしています。',
    beyond_data: 'そのことは、このサービスが使っているオープンデータにはありません。',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown: '申し訳ありません。その質問に答えられる公式データがありません。避難所、AED、トイレ、Wi-Fi、公園・図書館などの施設、病院、保育園、観光、イベント、区市町村の役所について聞いてください。',
  },
  restricted: '（特定の方のための避難所は、一般の方向けには示していません）',
  labels: JA_LABELS,
  features: { wheelchair: '車椅子で使える設備', ostomate: 'オストメイト対応の設備', baby: '乳幼児用の設備', parking: '駐車場', accessible_parking: '障害者用駐車場', elevator: 'エレベーター', child_pads: '小児用パッド', tertiary: '救命救急センター', wide_area_core: '広域基幹災害拠点病院の指定', regional_core: '地域災害拠点中核病院の指定' },
  conditions: {
    openOn: '{when}に開いている',
    openAt: '{time}に開いている',
    openUntil: '{time}まで開いている',
    openOnUntil: '{when}の{time}まで開いている',
    openOnAt: '{when}の{time}に開いている',
    openNow: '今開いている',
    free: '無料の',
    paid: '有料の',
    has: '{feature}がある',
    hazard: '{hazard}に対応した',
    admitsEveryone: '誰でも使える',
    upcoming: 'これから開催される',
    during: '{period}に開催された',
    periodMonth: '{year}年{month}月',
    periodYear: '{year}年',
    sight: '{sight}の',
    region: '{region}（医療圏）の',
    group: '{group}を受け入れる',
    join: '・',
  },
  directions: ['北', '北東', '東', '南東', '南', '南西', '西', '北西'],
  hours: {
    range: '{open}〜{close}',
    untilOn: '{days}は{time}まで',
    closedOn: '{days}は休み',
    holidaysClosed: '祝日は休み',
    holidaysUntil: '祝日は{time}まで',
    allDay: '24時間',
    everyDay: '毎日',
    trains: '始発から終電まで',
    days: { mon: '月曜', tue: '火曜', wed: '水曜', thu: '木曜', fri: '金曜', sat: '土曜', sun: '日曜', hol: '祝日' },
    daySeparator: '・',
    now: '今',
    brackets: ['（', '）'],
  },
  date: '{y}年{m}月{d}日',
  dateRange: '{from}〜{to}',
  toilets: { men: '男性用{n}', women: '女性用{n}', unisex: '男女共用{n}', accessible: '多機能{n}', separator: '・' },
  beds: '{n}床',
  people: '{n}人',
  sightNames: { viewpoint: '展望', waterfall: '滝', beach: '海岸', lighthouse: '灯台', tumulus: '古墳', ruins: '遺跡', castle: '城跡', garden: '庭園' },
  groupNames: { welfare: '要配慮者', elderly: '高齢者', disabled: '障害のある人', pregnant: '妊産婦・乳幼児' },
  hazardNames: JA_HAZARDS,
  separator: '、',
};

const JA_EASY: AnswerPhrases = {
  ...JA,
  listAt: '{place}の {conditions}{category}は {total}こ あります。',
  openEveryDay: '{name}は まいにち あいて います。',
  yes: 'あります',
  no: 'ありません',
  inJapanese: '',
  clarifyPlace: 'どこの {label}ですか？ しせつの なまえを かいて ください。',
  nearest: '{anchor}から いちばん ちかい {conditions}{category}は {name}です（{direction}へ {distance}）。',
  nearestUser: 'いちばん ちかい {conditions}{category}は {name}です（{direction}へ {distance}）。',
  others: 'ほかにも {n}か所 あります。したの カードを みて ください。',
  listWard: '{ward}の {conditions}{category}は {total}か所 あります。',
  listTokyo: 'データに ある {conditions}{category}は {total}か所です。',
  listShown: '{shown}か所を おしらせ します。',
  listNames: '{names} などです。',
  listNamesAll: '{names} です。',
  listNameOne: '{names} です。',
  count: '{ward}の {conditions}{category}は {count}か所です。',
  countTokyo: 'データに ある {conditions}{category}は {count}か所です。',
  countBySource: 'データを だした ところ べつに みると、{list}です。',
  countSource: '{source}の データで {n}か所',
  countRows: 'もとの ファイルには {rows}けん あります。{left}けんは ばしょが まちがって いるか、おなじ ものが ふたつ あるので のぞいて います。',
  where: '{name}は {address}に あります。',
  whereFrom: '{name}は {address}に あります（{direction}へ {distance}）。',
  fact: '{name}の {label}は {value}です。',
  factJa: '{name}の {label}：{value}',
  hasYes: '{name}には {label}が あります。',
  hasNo: '{name}には {label}は ありません。',
  freeYes: '{name}は おかねは いりません（むりょう）。',
  freeNo: '{name}は おかねが いります（ゆうりょう）。',
  openOn: '{name}は {when}、{hours}に あいて います。',
  openOnDay: '{name}は {when}は あいて います。',
  closedOn: '{name}は {when}は やすみです。',
  openNow: '{name}は いま あいて います（{hours}）。',
  closedNow: '{name}は いま しまって います（{hours}）。',
  someWeeksClosed: 'でも、やすみの {days}も あります。',
  nthClosed: 'でも、まいつき {days}は やすみです。',
  nthDay: 'だい{weeks}の {day}',
  weekJoin: '・',
  admitsAll: '{name}には だれでも ひなん できます。',
  admitsSome: '{name}は「{who}」の ための ひなんじょです。',
  hazardsAre: '{name}は {list}の ときに にげる ばしょです。',
  servedBy: '{area}の {category}は {names}です。',
  hazardYes: '{name}は {hazard}の ときに にげる ばしょです（{list}）。',
  hazardNo: '{name}は {hazard}の ときに にげる ばしょでは ありません（{list}の ときの ばしょです）。',
  eventPast: '{name}は {dates}に ありました（もう おわりました）。',
  eventFuture: '{name}は {dates}に あります。',
  role: '{name}は さいがいの ときに だいじな びょういん（災害拠点病院）です。',
  roleTertiary: 'おもい けがや びょうきの ひとを みる センターも あります。',
  roleWideArea: 'とうきょうと ぜんたいの ちゅうしんに なる びょういん（広域基幹災害拠点病院）です。',
  roleRegionalCore: 'ちいきの ちゅうしんに なる びょういん（地域災害拠点中核病院）です。',
  roleNotTertiary: 'おもい けがや びょうきの ひとを みる センターは データに ありません。',
  missing: '{name}の {label}は データに ありません。',
  askPhone: 'しせつに でんわで きいて ください（{phone}）。',
  askCard: 'ホームページは カードに あります。',
  unmet: '{scope}には {conditions}{category}が みつかりませんでした。',
  unmetShown: 'ちかくの {category}を おしえますが、{reason}。',
  unmetReason: '{name}は データでは「{condition}」ばしょでは ありません',
  uncovered: '{ward}の {category}の データは ありません。',
  coveredWards: '{category}の データが あるのは {wards}です。',
  declines: {
    forecast: 'てんき（天気）や これからの さいがいの ことは こたえられません。テレビや きしょうちょう（気象庁）の じょうほうを みて ください。',
    money: 'ぜいきん（税金）や おかねの ことは こたえられません。',
    service: 'その てつづき（手続き）の じょうほうは データに ありません。',
    recommendation: 'おすすめの おみせや ホテルは データに ありません。ひなんじょ、トイレ、こうえん などを きいて ください。',
    immigration: 'ビザや ざいりゅう（在留）の ことは こたえられません。しゅつにゅうこく ざいりゅう かんりちょう（出入国在留管理庁）に そうだん して ください。',
    advice: 'びょうきや ほうりつ（法律）、せいじの ことは こたえられません。',
    transport: 'でんしゃの じかんや ねだんは データに ありません。',
    outside_tokyo: 'とうきょうと（東京都）の ことだけ こたえます。',
    beyond_data: 'その ことは データに ありません。',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown: 'ごめんなさい。その しつもんに こたえる データが ありません。ひなんじょ（避難所）、AED、トイレ、Wi-Fi、こうえん（公園）、びょういん（病院）などを きいて ください。',
  },
  restricted: '（とくべつな ひとの ための ひなんじょは だしていません）',
  labels: {
    ...JA_LABELS,
    hours: 'あいて いる じかん', open_days: 'やすみの ひ', fee: 'おかね（料金）', free: 'おかね（料金）', phone: 'でんわ ばんごう', website: 'ホームページ',
    address: 'じゅうしょ', access: 'いきかた', floor: 'ばしょ', parking: 'ちゅうしゃじょう（駐車場）', beds: 'ベッドの かず', venue: 'かいじょう（会場）',
    event_dates: 'ひにち', hazards: 'つかえる さいがい', designated: 'きまった ひ', description: 'せつめい',
  },
  features: { wheelchair: 'くるまいすで つかえる せつび', ostomate: 'オストメイトの せつび', baby: 'あかちゃんの ための せつび', parking: 'ちゅうしゃじょう（駐車場）', accessible_parking: 'しょうがいの ある ひとの ちゅうしゃじょう', elevator: 'エレベーター', child_pads: 'こどもの ための パッド', tertiary: 'きゅうめい きゅうきゅう センター', wide_area_core: 'こういき ききん さいがい きょてん びょういん（広域基幹災害拠点病院）の してい', regional_core: 'ちいき さいがい きょてん ちゅうかく びょういん（地域災害拠点中核病院）の してい' },
  conditions: { ...JA.conditions, openOn: '{when}に あいて いる ', openAt: '{time}に あいて いる ', openUntil: '{time}まで あいて いる ', openOnUntil: '{when}の {time}まで あいて いる ', openOnAt: '{when}の {time}に あいて いる ', openNow: 'いま あいて いる ', free: 'むりょうの ', has: '{feature}が ある ', admitsEveryone: 'だれでも つかえる ', upcoming: 'これからの ', during: '{period}の ', sight: '{sight}の ', region: '{region}（いりょうけん）の ', group: '{group}が はいれる ' },
  directions: ['きた', 'きたひがし', 'ひがし', 'みなみひがし', 'みなみ', 'みなみにし', 'にし', 'きたにし'],
  hours: { ...JA.hours, closedOn: '{days}は やすみ', holidaysClosed: 'しゅくじつは やすみ', trains: 'でんしゃが うごいて いる あいだ', allDay: '24じかん', everyDay: 'まいにち', now: 'いま' },
  sightNames: { viewpoint: 'てんぼう（展望）', waterfall: 'たき（滝）', beach: 'うみべ（海岸）', lighthouse: 'とうだい（灯台）', tumulus: 'こふん（古墳）', ruins: 'いせき（遺跡）', castle: 'しろあと（城跡）', garden: 'ていえん（庭園）' },
  groupNames: { welfare: 'たすけが ひつような ひと', elderly: 'おとしより', disabled: 'しょうがいの ある ひと', pregnant: 'にんぷさんや あかちゃん' },
  hazardNames: {
    flood: 'こうずい（洪水）', landslide: 'どしゃ さいがい（土砂災害）', storm_surge: 'たかしお（高潮）', earthquake: 'じしん（地震）',
    tsunami: 'つなみ（津波）', large_fire: 'おおきな かじ（火事）', inland_flood: 'まちの みずあふれ（内水氾濫）', volcano: 'かざん（火山）',
  },
};

const EN: AnswerPhrases = {
  listAt: 'The data has {total} {categories}{conditions} at {place}.',
  openEveryDay: '{name} opens every day of the week (holidays such as New Year aside).',
  yes: 'Yes',
  no: 'No',
  inJapanese: ' (in Japanese)',
  clarifyPlace: 'Which place do you want the {label} of? Please type its name.',
  nearest: 'The nearest {category}{conditions} to {anchor} is {name}, {distance} {direction}.',
  nearestUser: 'The nearest {category}{conditions} is {name}, {distance} {direction} of you.',
  others: 'The cards show {n} more nearby.',
  listWard: 'There are {total} {categories}{conditions} in {ward}.',
  listTokyo: 'The data has {total} {categories}{conditions} in Tokyo.',
  listShown: 'Here are {shown} of them.',
  listNames: 'Among them: {names}.',
  listNamesAll: 'They are: {names}.',
  listNameOne: 'It is {names}.',
  count: 'The data lists {count} {categories}{conditions} in {ward}.',
  countTokyo: 'The data lists {count} {categories}{conditions} in Tokyo.',
  countBySource: 'By source: {list}.',
  countSource: '{n} in the data of {source}',
  countRows: 'The file lists {rows}; {left} were left out for a wrong location or a duplicate row.',
  where: '{name} is at {address}.',
  whereFrom: '{name} is at {address}, {distance} {direction} of you.',
  fact: 'The {label} of {name}: {value}.',
  factJa: 'The {label} of {name} (in Japanese in the data): {value}',
  hasYes: '{name} has {label}.',
  hasNo: '{name} has no {label}, according to the data.',
  freeYes: '{name} is free of charge.',
  freeNo: '{name} charges a fee.',
  openOn: '{name} is open on {when}, {hours}.',
  openOnDay: '{name} is open on {when}.',
  closedOn: '{name} is closed on {when}.',
  openNow: '{name} is open now ({hours}).',
  closedNow: '{name} is closed now ({hours}).',
  someWeeksClosed: 'It is also closed on some {days} of the month.',
  nthClosed: 'It is also closed on {days} of each month.',
  nthDay: 'the {weeks} {day}',
  weekJoin: ' and ',
  admitsAll: 'Anyone can evacuate to {name}: the data sets no limit on whom it takes.',
  admitsSome: '{name} is for: {who} (as the data says, in Japanese).',
  hazardsAre: '{name} is designated for: {list}.',
  servedBy: 'The {category} for {area}: {names}.',
  hazardYes: 'Yes: {name} is designated for {hazard} (designated for: {list}).',
  hazardNo: 'No: {name} is not designated for {hazard}; it is designated for: {list}.',
  eventPast: '{name} was held {dates} (it has ended).',
  eventFuture: '{name} takes place {dates}.',
  role: '{name} is one of Tokyo’s disaster base hospitals.',
  roleTertiary: 'It also has a critical care (tertiary emergency) centre.',
  roleWideArea: 'It is a wide-area core disaster base hospital (広域基幹災害拠点病院, ★).',
  roleRegionalCore: 'It is a regional core disaster base hospital (地域災害拠点中核病院, ☆).',
  roleNotTertiary: 'The data lists no critical care (tertiary emergency) centre there.',
  missing: 'The data has no {label} for {name}.',
  askPhone: 'Please ask the facility directly (phone {phone}).',
  askCard: 'Its website is on the card.',
  unmet: 'The data has no {categories}{conditions} {scope}.',
  unmetShown: 'Here are the nearest {categories}, but {reason}.',
  unmetReason: 'the data does not list {name}{condition}',
  uncovered: 'This service has no {category} data for {ward}.',
  coveredWards: 'The {category} data covers {wards}.',
  declines: {
    forecast: 'I cannot answer weather forecasts or predictions of disasters. Please check official sources such as the Japan Meteorological Agency.',
    money: 'I cannot tell amounts of taxes or benefits: they depend on each person.',
    service: 'The data this service uses has nothing on that procedure or service.',
    recommendation:
      'The data has no restaurants, hotels or recommendations. I can answer about places in Tokyo’s open data: shelters, AEDs, toilets, Wi-Fi, parks, libraries, museums, sights and more.',
    immigration: 'I cannot answer questions about visas or residence status. Please ask the Immigration Services Agency or another official office.',
    advice: 'I cannot give medical, legal or political advice.',
    transport: 'The data this service uses has no train times, fares or service status.',
    outside_tokyo: 'This service answers about Tokyo only.',
    beyond_data: 'The open data this service uses does not say that.',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown:
      'Sorry, no official data here can answer that. Ask me about evacuation shelters, AEDs, toilets, Wi-Fi, parks and libraries, hospitals, nurseries, sights, events or city offices.',
  },
  restricted: '(Shelters for specific groups only are not offered as general ones.)',
  labels: {
    hours: 'opening hours', open_days: 'closing days', fee: 'fee', free: 'fee', phone: 'phone number', website: 'website', address: 'address',
    access: 'directions', floor: 'location in the building', wheelchair: 'wheelchair access', ostomate: 'ostomate facilities', baby: 'baby facilities',
    parking: 'parking', toilets: 'number of toilets', beds: 'number of beds', emergency_role: 'emergency role', ssid: 'Wi-Fi network name (SSID)',
    event_dates: 'dates', venue: 'venue', hazards: 'hazards served', admits: 'who it takes', designated: 'designation date', description: 'description', capacity: 'capacity',
    conditions: 'conditions of use', childcare: 'childcare', ages: 'ages taken',
  },
  features: { wheelchair: 'wheelchair-accessible facilities', ostomate: 'ostomate facilities', baby: 'baby changing facilities', parking: 'parking', accessible_parking: 'accessible parking', elevator: 'a lift (elevator)', child_pads: 'paediatric pads', tertiary: 'a critical care centre (tertiary emergency)', wide_area_core: 'the wide-area core role (広域基幹災害拠点病院)', regional_core: 'the regional core role (地域災害拠点中核病院)' },
  conditions: {
    openOn: ' open on {when}',
    openAt: ' open at {time}',
    openUntil: ' open until {time}',
    openOnUntil: ' open on {when} until {time}',
    openOnAt: ' open on {when} at {time}',
    openNow: ' open now',
    free: ' free of charge',
    paid: ' that charge a fee',
    has: ' with {feature}',
    hazard: ' for {hazard}',
    admitsEveryone: ' open to everyone',
    upcoming: ' still to come',
    during: ' held in {period}',
    periodMonth: '{monthName} {year}',
    periodYear: '{year}',
    sight: ' ({sight})',
    region: ' in the {region} medical region',
    group: ' for {group}',
    join: ' and',
  },
  directions: ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'],
  hours: {
    range: '{open}–{close}',
    untilOn: 'until {time} on {days}',
    closedOn: 'closed on {days}',
    holidaysClosed: 'closed on public holidays',
    holidaysUntil: 'until {time} on public holidays',
    allDay: 'open 24 hours',
    everyDay: 'open every day',
    trains: 'from the first train to the last',
    days: { mon: 'Mondays', tue: 'Tuesdays', wed: 'Wednesdays', thu: 'Thursdays', fri: 'Fridays', sat: 'Saturdays', sun: 'Sundays', hol: 'public holidays' },
    daySeparator: ', ',
    now: 'now',
    brackets: [' (', ')'],
  },
  date: '{month} {d}, {y}',
  dateRange: '{from} to {to}',
  toilets: { men: '{n} for men', women: '{n} for women', unisex: '{n} unisex', accessible: '{n} accessible', separator: ', ' },
  beds: '{n} beds',
  people: '{n} people',
  sightNames: { viewpoint: 'viewpoints', waterfall: 'waterfalls', beach: 'beaches and coast', lighthouse: 'lighthouses', tumulus: 'burial mounds', ruins: 'ruins', castle: 'castle sites', garden: 'gardens' },
  groupNames: { welfare: 'people who need care (welfare shelters)', elderly: 'elderly people', disabled: 'people with disabilities', pregnant: 'pregnant women and infants' },
  hazardNames: {
    flood: 'flood', landslide: 'landslide', storm_surge: 'storm surge', earthquake: 'earthquake', tsunami: 'tsunami', large_fire: 'large fire',
    inland_flood: 'inland flooding', volcano: 'volcanic eruption',
  },
  separator: ', ',
};

const ZH_HANS: AnswerPhrases = {
  listAt: '数据中{place}的{conditions}{category}共有{total}项。',
  openEveryDay: '{name}每天开放（年末年初等除外）。',
  yes: '有',
  no: '无',
  inJapanese: '（日语）',
  clarifyPlace: '您想知道哪个设施的{label}？请输入设施名称。',
  nearest: '离{anchor}最近的{conditions}{category}是{name}（{direction}方向，{distance}）。',
  nearestUser: '离您最近的{conditions}{category}是{name}（{direction}方向，{distance}）。',
  others: '卡片中还列出附近另外{n}处。',
  listWard: '{ward}共有{total}处{conditions}{category}。',
  listTokyo: '数据中共有{total}处{conditions}{category}。',
  listShown: '显示其中{shown}处。',
  listNames: '包括{names}等。',
  listNamesAll: '分别是{names}。',
  listNameOne: '是{names}。',
  count: '根据数据，{ward}共有{count}处{conditions}{category}。',
  countTokyo: '根据数据，共有{count}处{conditions}{category}。',
  countBySource: '按数据来源：{list}。',
  countSource: '{source}的数据{n}处',
  countRows: '原始文件共有{rows}条，其中{left}条因位置错误或重复而未收录。',
  where: '{name}位于{address}。',
  whereFrom: '{name}位于{address}（{direction}方向，{distance}）。',
  fact: '{name}的{label}：{value}。',
  factJa: '{name}的{label}（数据中为日语）：{value}',
  hasYes: '{name}有{label}。',
  hasNo: '根据数据，{name}没有{label}。',
  freeYes: '{name}免费。',
  freeNo: '{name}收费。',
  openOn: '{name}{when}开放，时间为{hours}。',
  openOnDay: '{name}{when}开放。',
  closedOn: '{name}{when}不开放。',
  openNow: '{name}现在开放（{hours}）。',
  closedNow: '{name}现在不开放（{hours}）。',
  someWeeksClosed: '另外，每月有些{days}休息。',
  nthClosed: '另外，每月{days}休息。',
  nthDay: '第{weeks}个{day}',
  weekJoin: '、',
  admitsAll: '任何人都可以到{name}避难（数据中没有收容对象的限制）。',
  admitsSome: '{name}的收容对象为：{who}（数据原文为日语）。',
  hazardsAre: '{name}适用的灾害：{list}。',
  servedBy: '{area}的{category}是{names}。',
  hazardYes: '{name}适用于{hazard}（适用灾害：{list}）。',
  hazardNo: '{name}不适用于{hazard}（适用灾害：{list}）。',
  eventPast: '{name}已于{dates}举办（已结束）。',
  eventFuture: '{name}将于{dates}举办。',
  role: '{name}是东京都的灾害据点医院。',
  roleTertiary: '设有急救中心（三级急救）。',
  roleWideArea: '被指定为广域基干灾害据点医院（広域基幹災害拠点病院，★）。',
  roleRegionalCore: '被指定为地域灾害据点中核医院（地域災害拠点中核病院，☆）。',
  roleNotTertiary: '数据中没有急救中心（三级急救）。',
  missing: '数据中没有{name}的{label}。',
  askPhone: '请直接向设施咨询（电话 {phone}）。',
  askCard: '设施网站见卡片。',
  unmet: '根据数据，{scope}没有{conditions}{category}。',
  unmetShown: '以下是附近的{category}，但{reason}。',
  unmetReason: '数据中{name}不是{condition}场所',
  uncovered: '本服务没有{ward}的{category}数据。',
  coveredWards: '{category}数据仅覆盖{wards}。',
  declines: {
    forecast: '本服务无法回答天气预报或灾害预测。请查看日本气象厅等官方信息。',
    money: '税金和补贴等金额因人而异，本服务无法回答。',
    service: '本服务使用的数据中没有该手续或服务的信息。',
    recommendation: '数据中没有餐厅、酒店等推荐信息。我可以回答东京开放数据中的设施：避难所、AED、厕所、Wi-Fi、公园、图书馆、博物馆、景点等。',
    immigration: '本服务无法回答签证或在留资格的问题。请咨询出入国在留管理厅等官方窗口。',
    advice: '本服务无法提供医疗、法律或政治方面的建议。',
    transport: '本服务使用的数据中没有电车时刻、票价或运行状况。',
    outside_tokyo: '本服务只回答东京都内的信息。',
    beyond_data: '本服务使用的开放数据中没有这方面的信息。',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown: '抱歉，没有可以回答该问题的官方数据。您可以询问避难所、AED、厕所、免费Wi-Fi、公园和图书馆等设施、医院、保育园、旅游、活动以及区市町村政府。',
  },
  restricted: '（仅供特定人群使用的避难所不作为一般避难所列出）',
  labels: {
    hours: '开放时间', open_days: '休息日', fee: '费用', free: '费用', phone: '电话号码', website: '网站', address: '地址', access: '交通方式',
    floor: '设置位置', wheelchair: '轮椅无障碍', ostomate: '造口人士设施', baby: '婴幼儿设施', parking: '停车场', toilets: '厕所数量',
    beds: '病床数', emergency_role: '灾害时的作用', ssid: 'Wi-Fi名称（SSID）', event_dates: '举办日期', venue: '会场', hazards: '适用灾害',
    admits: '收容对象', designated: '指定日期', description: '简介', capacity: '收容人数', conditions: '使用条件', childcare: '托儿服务', ages: '对象年龄',
  },
  features: { wheelchair: '轮椅可用设施', ostomate: '造口人士设施', baby: '婴幼儿设施', parking: '停车场', accessible_parking: '无障碍停车位', elevator: '电梯', child_pads: '儿童电极片', tertiary: '救命急救中心（三级急救）', wide_area_core: '广域基干灾害据点医院的指定', regional_core: '地域灾害据点中核医院的指定' },
  conditions: {
    openOn: '{when}开放的',
    openAt: '{time}开放的',
    openUntil: '开到{time}的',
    openOnUntil: '{when}开到{time}的',
    openOnAt: '{when}{time}开放的',
    openNow: '现在开放的',
    free: '免费的',
    paid: '收费的',
    has: '有{feature}的',
    hazard: '适用于{hazard}的',
    admitsEveryone: '任何人都可使用的',
    upcoming: '即将举办的',
    during: '{period}举办的',
    periodMonth: '{year}年{month}月',
    periodYear: '{year}年',
    sight: '{sight}类',
    region: '{region}医疗圈的',
    group: '接收{group}的',
    join: '、',
  },
  directions: ['北', '东北', '东', '东南', '南', '西南', '西', '西北'],
  hours: {
    range: '{open}–{close}',
    untilOn: '{days}至{time}',
    closedOn: '{days}休息',
    holidaysClosed: '节假日休息',
    holidaysUntil: '节假日至{time}',
    allDay: '24小时开放',
    everyDay: '每天开放',
    trains: '首班车至末班车',
    days: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日', hol: '节假日' },
    daySeparator: '、',
    now: '现在',
    brackets: ['（', '）'],
  },
  date: '{y}年{m}月{d}日',
  dateRange: '{from}至{to}',
  toilets: { men: '男用{n}个', women: '女用{n}个', unisex: '男女共用{n}个', accessible: '多功能{n}个', separator: '、' },
  beds: '{n}张',
  people: '{n}人',
  sightNames: { viewpoint: '观景台', waterfall: '瀑布', beach: '海岸', lighthouse: '灯塔', tumulus: '古坟', ruins: '遗迹', castle: '城址', garden: '庭园' },
  groupNames: { welfare: '需要照顾的人（福祉避难所）', elderly: '老年人', disabled: '残障人士', pregnant: '孕妇和婴幼儿' },
  hazardNames: {
    flood: '洪水', landslide: '泥石流・山体滑坡', storm_surge: '风暴潮', earthquake: '地震', tsunami: '海啸', large_fire: '大规模火灾', inland_flood: '内涝', volcano: '火山',
  },
  separator: '、',
};

const ZH_HANT: AnswerPhrases = {
  ...ZH_HANS,
  listAt: '資料中{place}的{conditions}{category}共有{total}項。',
  openEveryDay: '{name}每天開放（年末年初等除外）。',
  yes: '有',
  no: '無',
  inJapanese: '（日語）',
  clarifyPlace: '您想知道哪個設施的{label}？請輸入設施名稱。',
  nearest: '離{anchor}最近的{conditions}{category}是{name}（{direction}方向，{distance}）。',
  nearestUser: '離您最近的{conditions}{category}是{name}（{direction}方向，{distance}）。',
  others: '卡片中還列出附近另外{n}處。',
  listWard: '{ward}共有{total}處{conditions}{category}。',
  listTokyo: '資料中共有{total}處{conditions}{category}。',
  listShown: '顯示其中{shown}處。',
  listNames: '包括{names}等。',
  listNamesAll: '分別是{names}。',
  listNameOne: '是{names}。',
  count: '根據資料，{ward}共有{count}處{conditions}{category}。',
  countTokyo: '根據資料，共有{count}處{conditions}{category}。',
  countBySource: '按資料來源：{list}。',
  countSource: '{source}的資料{n}處',
  countRows: '原始檔案共有{rows}筆，其中{left}筆因位置錯誤或重複而未收錄。',
  where: '{name}位於{address}。',
  whereFrom: '{name}位於{address}（{direction}方向，{distance}）。',
  factJa: '{name}的{label}（資料中為日語）：{value}',
  hasYes: '{name}有{label}。',
  hasNo: '根據資料，{name}沒有{label}。',
  freeYes: '{name}免費。',
  freeNo: '{name}收費。',
  openOn: '{name}{when}開放，時間為{hours}。',
  openOnDay: '{name}{when}開放。',
  closedOn: '{name}{when}不開放。',
  openNow: '{name}現在開放（{hours}）。',
  closedNow: '{name}現在不開放（{hours}）。',
  someWeeksClosed: '另外，每月有些{days}休息。',
  nthClosed: '另外，每月{days}休息。',
  nthDay: '第{weeks}個{day}',
  weekJoin: '、',
  admitsAll: '任何人都可以到{name}避難（資料中沒有收容對象的限制）。',
  admitsSome: '{name}的收容對象為：{who}（資料原文為日語）。',
  hazardsAre: '{name}適用的災害：{list}。',
  servedBy: '{area}的{category}是{names}。',
  hazardYes: '{name}適用於{hazard}（適用災害：{list}）。',
  hazardNo: '{name}不適用於{hazard}（適用災害：{list}）。',
  eventPast: '{name}已於{dates}舉辦（已結束）。',
  eventFuture: '{name}將於{dates}舉辦。',
  role: '{name}是東京都的災害據點醫院。',
  roleTertiary: '設有急救中心（三級急救）。',
  roleWideArea: '被指定為廣域基幹災害據點醫院（広域基幹災害拠点病院，★）。',
  roleRegionalCore: '被指定為地域災害據點中核醫院（地域災害拠点中核病院，☆）。',
  roleNotTertiary: '資料中沒有急救中心（三級急救）。',
  missing: '資料中沒有{name}的{label}。',
  askPhone: '請直接向設施洽詢（電話 {phone}）。',
  askCard: '設施網站見卡片。',
  unmet: '根據資料，{scope}沒有{conditions}{category}。',
  unmetShown: '以下是附近的{category}，但{reason}。',
  unmetReason: '資料中{name}不是{condition}場所',
  uncovered: '本服務沒有{ward}的{category}資料。',
  coveredWards: '{category}資料僅涵蓋{wards}。',
  declines: {
    forecast: '本服務無法回答天氣預報或災害預測。請查看日本氣象廳等官方資訊。',
    money: '稅金和補助等金額因人而異，本服務無法回答。',
    service: '本服務使用的資料中沒有該手續或服務的資訊。',
    recommendation: '資料中沒有餐廳、飯店等推薦資訊。我可以回答東京開放資料中的設施：避難所、AED、廁所、Wi-Fi、公園、圖書館、博物館、景點等。',
    immigration: '本服務無法回答簽證或在留資格的問題。請洽詢出入國在留管理廳等官方窗口。',
    advice: '本服務無法提供醫療、法律或政治方面的建議。',
    transport: '本服務使用的資料中沒有電車時刻、票價或運行狀況。',
    outside_tokyo: '本服務只回答東京都內的資訊。',
    beyond_data: '本服務使用的開放資料中沒有這方面的資訊。',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown: '抱歉，沒有可以回答該問題的官方資料。您可以詢問避難所、AED、廁所、免費Wi-Fi、公園和圖書館等設施、醫院、保育園、觀光、活動以及區市町村政府。',
  },
  restricted: '（僅供特定人士使用的避難所不作為一般避難所列出）',
  labels: {
    ...ZH_HANS.labels,
    hours: '開放時間', open_days: '休息日', fee: '費用', free: '費用', phone: '電話號碼', website: '網站', address: '地址', access: '交通方式',
    floor: '設置位置', wheelchair: '輪椅無障礙', ostomate: '造口人士設施', baby: '嬰幼兒設施', parking: '停車場', toilets: '廁所數量',
    beds: '病床數', emergency_role: '災害時的作用', ssid: 'Wi-Fi名稱（SSID）', event_dates: '舉辦日期', venue: '會場', hazards: '適用災害',
    admits: '收容對象', designated: '指定日期', description: '簡介', capacity: '收容人數', conditions: '使用條件', childcare: '托兒服務', ages: '對象年齡',
  },
  features: { wheelchair: '輪椅可用設施', ostomate: '造口人士設施', baby: '嬰幼兒設施', parking: '停車場', accessible_parking: '無障礙停車位', elevator: '電梯', child_pads: '兒童電極片', tertiary: '救命急救中心（三級急救）', wide_area_core: '廣域基幹災害據點醫院的指定', regional_core: '地域災害據點中核醫院的指定' },
  conditions: { ...ZH_HANS.conditions, openOn: '{when}開放的', openAt: '{time}開放的', openUntil: '開到{time}的', openOnUntil: '{when}開到{time}的', openOnAt: '{when}{time}開放的', openNow: '現在開放的', free: '免費的', paid: '收費的', hazard: '適用於{hazard}的', admitsEveryone: '任何人都可使用的', upcoming: '即將舉辦的', during: '{period}舉辦的', sight: '{sight}類', region: '{region}醫療圈的', group: '收容{group}的' },
  directions: ['北', '東北', '東', '東南', '南', '西南', '西', '西北'],
  hours: {
    ...ZH_HANS.hours,
    untilOn: '{days}至{time}',
    closedOn: '{days}休息',
    holidaysClosed: '國定假日休息',
    holidaysUntil: '國定假日至{time}',
    allDay: '24小時開放',
    everyDay: '每天開放',
    trains: '首班車至末班車',
    days: { mon: '週一', tue: '週二', wed: '週三', thu: '週四', fri: '週五', sat: '週六', sun: '週日', hol: '國定假日' },
    now: '現在',
  },
  toilets: { men: '男用{n}個', women: '女用{n}個', unisex: '男女共用{n}個', accessible: '多功能{n}個', separator: '、' },
  beds: '{n}床',
  sightNames: { viewpoint: '觀景台', waterfall: '瀑布', beach: '海岸', lighthouse: '燈塔', tumulus: '古墳', ruins: '遺跡', castle: '城址', garden: '庭園' },
  groupNames: { welfare: '需要照顧的人（福祉避難所）', elderly: '高齡者', disabled: '身心障礙者', pregnant: '孕婦和嬰幼兒' },
  hazardNames: {
    flood: '洪水', landslide: '土石流・山崩', storm_surge: '暴潮', earthquake: '地震', tsunami: '海嘯', large_fire: '大規模火災', inland_flood: '內澇', volcano: '火山',
  },
};

const KO: AnswerPhrases = {
  listAt: '데이터상 {place}의 {conditions}{category}은(는) {total}건입니다.',
  openEveryDay: '{name}은(는) 매일 엽니다(연말연시 등 제외).',
  yes: '있음',
  no: '없음',
  inJapanese: ' (일본어)',
  clarifyPlace: '어느 시설의 {label}을(를) 알고 싶으세요? 시설 이름을 입력해 주세요.',
  nearest: '{anchor}에서 가장 가까운 {conditions}{category}은(는) {name}입니다({direction}쪽 {distance}).',
  nearestUser: '가장 가까운 {conditions}{category}은(는) {name}입니다({direction}쪽 {distance}).',
  others: '가까운 곳 {n}곳을 카드에 더 보여 드립니다.',
  listWard: '{ward}에는 {conditions}{category}이(가) {total}곳 있습니다.',
  listTokyo: '데이터에 있는 {conditions}{category}은(는) {total}곳입니다.',
  listShown: '그중 {shown}곳을 보여 드립니다.',
  listNames: '{names} 등입니다.',
  listNamesAll: '{names}입니다.',
  listNameOne: '{names}입니다.',
  count: '데이터상 {ward}의 {conditions}{category}은(는) {count}곳입니다.',
  countTokyo: '데이터상 {conditions}{category}은(는) {count}곳입니다.',
  countBySource: '데이터 출처별로는 {list}입니다.',
  countSource: '{source} 데이터 {n}곳',
  countRows: '원본 파일에는 {rows}건이 있으며, 그중 {left}건은 위치 오류나 중복으로 제외했습니다.',
  where: '{name}은(는) {address}에 있습니다.',
  whereFrom: '{name}은(는) {address}에 있습니다({direction}쪽 {distance}).',
  fact: '{name}의 {label}: {value}',
  factJa: '{name}의 {label}(데이터 원문은 일본어): {value}',
  hasYes: '{name}에는 {label}이(가) 있습니다.',
  hasNo: '데이터상 {name}에는 {label}이(가) 없습니다.',
  freeYes: '{name}은(는) 무료입니다.',
  freeNo: '{name}은(는) 유료입니다.',
  openOn: '{name}은(는) {when}에 {hours} 엽니다.',
  openOnDay: '{name}은(는) {when}에 엽니다.',
  closedOn: '{name}은(는) {when}에는 쉽니다.',
  openNow: '{name}은(는) 지금 열려 있습니다({hours}).',
  closedNow: '{name}은(는) 지금 닫혀 있습니다({hours}).',
  someWeeksClosed: '또한 달에 따라 쉬는 {days}이(가) 있습니다.',
  nthClosed: '또한 매월 {days}에는 쉽니다.',
  nthDay: '{weeks}번째 {day}',
  weekJoin: '·',
  admitsAll: '{name}에는 누구나 대피할 수 있습니다(데이터에 수용 대상 제한이 없습니다).',
  admitsSome: '{name}의 수용 대상: {who}(데이터 원문은 일본어).',
  hazardsAre: '{name}의 대응 재해: {list}.',
  servedBy: '{area}의 {category}은(는) {names}입니다.',
  hazardYes: '네, {name}은(는) {hazard} 때의 대피 장소입니다(대응 재해: {list}).',
  hazardNo: '아니요, {name}은(는) {hazard} 때의 대피 장소로 지정되어 있지 않습니다(대응 재해: {list}).',
  eventPast: '{name}은(는) {dates}에 열렸습니다(종료).',
  eventFuture: '{name}은(는) {dates}에 열립니다.',
  role: '{name}은(는) 도쿄도의 재해 거점 병원입니다.',
  roleTertiary: '구명구급센터(3차 응급)도 있습니다.',
  roleWideArea: '광역 기간 재해거점병원(広域基幹災害拠点病院, ★)으로 지정되어 있습니다.',
  roleRegionalCore: '지역 재해거점 중핵병원(地域災害拠点中核病院, ☆)으로 지정되어 있습니다.',
  roleNotTertiary: '데이터상 구명구급센터(3차 응급)는 없습니다.',
  missing: '데이터에는 {name}의 {label} 정보가 없습니다.',
  askPhone: '시설에 직접 문의해 주세요(전화 {phone}).',
  askCard: '시설 웹사이트는 카드에 있습니다.',
  unmet: '데이터상 {scope}에는 {conditions}{category}이(가) 없습니다.',
  unmetShown: '가까운 {category}을(를) 보여 드리지만, {reason}.',
  unmetReason: '데이터상 {name}은(는) {condition}장소가 아닙니다',
  uncovered: '이 서비스에는 {ward}의 {category} 데이터가 없습니다.',
  coveredWards: '{category} 데이터가 있는 곳은 {wards}입니다.',
  declines: {
    forecast: '일기예보나 재해 예측에는 답할 수 없습니다. 일본 기상청 등 공식 정보를 확인해 주세요.',
    money: '세금이나 지원금 금액은 개인마다 다르기 때문에 답할 수 없습니다.',
    service: '이 서비스의 데이터에는 그 절차나 서비스 정보가 없습니다.',
    recommendation: '데이터에는 식당, 호텔 등의 추천 정보가 없습니다. 도쿄 오픈 데이터에 있는 시설(대피소, AED, 화장실, Wi-Fi, 공원, 도서관, 박물관, 관광지 등)에 대해 답해 드립니다.',
    immigration: '비자나 체류 자격에 관한 질문에는 답할 수 없습니다. 출입국재류관리청 등 공식 창구에 문의해 주세요.',
    advice: '의료, 법률, 정치에 관한 조언은 할 수 없습니다.',
    transport: '이 서비스의 데이터에는 전철 시간표, 요금, 운행 정보가 없습니다.',
    outside_tokyo: '이 서비스는 도쿄도 내의 정보만 답합니다.',
    beyond_data: '이 서비스가 사용하는 오픈 데이터에는 그 정보가 없습니다.',
    unsupported_language: UNSUPPORTED_LANGUAGE_REPLY,
    unknown: '죄송합니다. 그 질문에 답할 수 있는 공식 데이터가 없습니다. 대피소, AED, 화장실, Wi-Fi, 공원·도서관 등 시설, 병원, 어린이집, 관광, 행사, 구청·시청에 대해 물어봐 주세요.',
  },
  restricted: '(특정 대상자 전용 대피소는 일반 대피소로 안내하지 않습니다)',
  labels: {
    hours: '이용 시간', open_days: '휴무일', fee: '요금', free: '요금', phone: '전화번호', website: '웹사이트', address: '주소', access: '가는 방법',
    floor: '설치 위치', wheelchair: '휠체어 이용', ostomate: '오스토메이트 설비', baby: '영유아 설비', parking: '주차장', toilets: '화장실 수',
    beds: '병상 수', emergency_role: '재해 시 역할', ssid: 'Wi-Fi 이름(SSID)', event_dates: '개최 기간', venue: '장소', hazards: '대응 재해',
    admits: '수용 대상', designated: '지정일', description: '설명', capacity: '수용 인원', conditions: '이용 조건', childcare: '탁아', ages: '대상 연령',
  },
  features: { wheelchair: '휠체어 이용 설비', ostomate: '오스토메이트 설비', baby: '영유아 설비', parking: '주차장', accessible_parking: '장애인 주차장', elevator: '엘리베이터', child_pads: '소아용 패드', tertiary: '구명구급센터(3차 응급)', wide_area_core: '광역 기간 재해거점병원 지정', regional_core: '지역 재해거점 중핵병원 지정' },
  conditions: {
    openOn: '{when}에 여는 ',
    openAt: '{time}에 여는 ',
    openUntil: '{time}까지 여는 ',
    openOnUntil: '{when} {time}까지 여는 ',
    openOnAt: '{when} {time}에 여는 ',
    openNow: '지금 열려 있는 ',
    free: '무료 ',
    paid: '유료 ',
    has: '{feature}이(가) 있는 ',
    hazard: '{hazard} 대응 ',
    admitsEveryone: '누구나 이용할 수 있는 ',
    upcoming: '앞으로 열리는 ',
    during: '{period}에 열린 ',
    periodMonth: '{year}년 {month}월',
    periodYear: '{year}년',
    sight: '{sight} ',
    region: '{region} 의료권의 ',
    group: '{group}을(를) 받는 ',
    join: '',
  },
  directions: ['북', '북동', '동', '남동', '남', '남서', '서', '북서'],
  hours: {
    range: '{open}~{close}',
    untilOn: '{days}은(는) {time}까지',
    closedOn: '{days} 휴무',
    holidaysClosed: '공휴일 휴무',
    holidaysUntil: '공휴일은 {time}까지',
    allDay: '24시간',
    everyDay: '매일',
    trains: '첫차부터 막차까지',
    days: { mon: '월요일', tue: '화요일', wed: '수요일', thu: '목요일', fri: '금요일', sat: '토요일', sun: '일요일', hol: '공휴일' },
    daySeparator: '·',
    now: '지금',
    brackets: [' (', ')'],
  },
  date: '{y}년 {m}월 {d}일',
  dateRange: '{from}~{to}',
  toilets: { men: '남성용 {n}', women: '여성용 {n}', unisex: '남녀 공용 {n}', accessible: '다기능 {n}', separator: ', ' },
  beds: '{n}병상',
  people: '{n}명',
  sightNames: { viewpoint: '전망대', waterfall: '폭포', beach: '해안', lighthouse: '등대', tumulus: '고분', ruins: '유적', castle: '성터', garden: '정원' },
  groupNames: { welfare: '배려가 필요한 사람(복지 피난소)', elderly: '고령자', disabled: '장애인', pregnant: '임산부·영유아' },
  hazardNames: {
    flood: '홍수', landslide: '토사 재해', storm_surge: '폭풍 해일', earthquake: '지진', tsunami: '쓰나미', large_fire: '대형 화재', inland_flood: '내수 범람', volcano: '화산',
  },
  separator: ', ',
};

export const ANSWER_PHRASES: Record<Lang, AnswerPhrases> = { ja: JA, 'ja-easy': JA_EASY, en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT, ko: KO };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-06-25` in the answer's language (`June 25, 2022`, `2022年6月25日`). */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [y, m, d] = [match[1] as string, Number(match[2]), Number(match[3])];
  return ANSWER_PHRASES[lang].date.replace('{y}', y).replace('{m}', String(m)).replace('{d}', String(d)).replace('{month}', MONTHS[m - 1] as string);
}
