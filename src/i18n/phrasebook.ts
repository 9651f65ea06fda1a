import type { Lang } from '../core/languages.ts';

/**
 * The sentences of the local answer engine, per language, with `{name}` placeholders.
 * Kept short and concrete: the answer is read on a phone outdoors, or aloud.
 */
export interface Phrases {
  nearAnchor: string;
  nearUser: string;
  inWard: string;
  inWardAll: string;
  byName: string;
  noneNear: string;
  noData: string;
  noDataInWard: string;
  outOfScope: string;
  clarify: string;
  greeting: string;
  thanks: string;
  contactWard: string;
  contactTokyo: string;
  emergency: string;
  shareLocation: string;
  address: string;
  phone: string;
  map: string;
  source: string;
  station: string;
  meters: string;
  kilometers: string;
  listSeparator: string;
  /** A place named without a topic: ask what to look for there. */
  clarifyTopic: string;
  /** The topic's own kind has nothing near: related places instead (避難場所 for 避難所). */
  fallbackNote: string;
  /** The kind has no coordinates in the data (hospitals): listed for the municipality, not by distance. */
  noCoordinates: string;
  /** The municipality has none of a kind most records of which have no coordinates: nearest of those with some. */
  nearLocatedOnly: string;
  hazardMapIntro: string;
  noHazardMap: string;
  /** The event data holds past events only. */
  pastEvents: string;
  /** Labels and values of the facts a record may carry (details), language-neutral keys. */
  facts: FactPhrases;
}

export interface FactPhrases {
  hours: string;
  floor: string;
  location: string;
  wheelchair: string;
  ostomate: string;
  baby: string;
  childPads: string;
  dates: string;
  venue: string;
  beds: string;
  tertiary: string;
  hazards: string;
  website: string;
  designatedOn: string;
  firstTrain: string;
  lastTrain: string;
  /** mon … sun, hol. */
  days: Record<string, string>;
  /** Hazard keys of the evacuation data and of the hazard maps. */
  hazardNames: Record<string, string>;
  separator: string;
}

const JA_HAZARDS: Record<string, string> = {
  flood: '洪水', landslide: '土砂災害', storm_surge: '高潮', earthquake: '地震', tsunami: '津波', large_fire: '大規模な火事',
  inland_flood: '内水氾濫', volcano: '火山',
};

export const PHRASES: Record<Lang, Phrases> = {
  ja: {
    nearAnchor: '{anchor}から近い{category}です。',
    nearUser: '現在地から近い{category}です。',
    inWard: '{ward}の{category}（{total}か所のうち{shown}か所）です。',
    inWardAll: '{ward}の{category}です。',
    byName: '該当する施設です。',
    noneNear: '{anchor}から5km以内に{category}は見つかりませんでした。',
    noData: '申し訳ありません。{category}の情報は、このサービスが使っているオープンデータにありません。',
    noDataInWard: '申し訳ありません。{ward}の{category}の情報は、このサービスが使っているオープンデータにありません。',
    outOfScope:
      '申し訳ありません。その質問に答えられる公式データがありません。避難所、AED、トイレ、Wi-Fi、公園・図書館などの施設、病院、保育園、観光、イベント、区市町村の役所について聞いてください。',
    clarify: 'どの地域の{category}をお探しですか？区市町村名や駅名を入れるか、「現在地を使う」を押してください。',
    greeting: 'こんにちは。東京都のオープンデータをもとに、避難所、AED、トイレ、Wi-Fi、施設などをご案内します。何をお探しですか？',
    thanks: 'どういたしまして。ほかにもお手伝いできることがあれば聞いてください。',
    contactWard: 'お問い合わせ：{office}（{url}）',
    contactTokyo: 'お問い合わせ：東京都（https://www.metro.tokyo.lg.jp/）',
    emergency: '緊急のときは119番（消防・救急）、110番（警察）に電話してください。',
    shareLocation: '「現在地を使う」を押すと、近い順にお知らせします。',
    address: '住所',
    phone: '電話',
    map: '地図',
    source: '出典',
    station: '{name}駅',
    meters: '約{n}m',
    kilometers: '約{n}km',
    listSeparator: '、',
    clarifyTopic: '{place}で何をお探しですか？避難所、AED、トイレ、Wi-Fi、公園などを入れてください。',
    fallbackNote: 'この近くに{category}の情報はありません。かわりに{other}をお知らせします。',
    noCoordinates: 'データには位置情報のない{category}もあるため、{ward}の{category}をお知らせします（距離順ではありません）。',
    nearLocatedOnly: '{ward}の{category}はデータにありません。位置情報のある{category}のうち近いものをお知らせします（位置情報のない{category}がもっと近くにあるかもしれません）。',
    hazardMapIntro: '{ward}のハザードマップです。',
    noHazardMap: '{ward}のハザードマップのリンクは、このデータにはありません。',
    pastEvents: 'データにあるのは過去のイベントです。最新の予定は各施設のウェブサイトで確認してください。',
    facts: {
      hours: '利用時間',
      floor: '階',
      location: '設置場所',
      wheelchair: '車椅子対応',
      ostomate: 'オストメイト対応',
      baby: '乳幼児用設備あり',
      childPads: '小児用パッドあり',
      dates: '期間',
      venue: '会場',
      beds: '病床数',
      tertiary: '救命救急センターあり',
      hazards: '対応する災害',
      website: 'ウェブサイト',
      designatedOn: '指定日',
      firstTrain: '始発',
      lastTrain: '終電',
      days: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日', hol: '祝' },
      hazardNames: JA_HAZARDS,
      separator: '・',
    },
  },
  'ja-easy': {
    nearAnchor: '{anchor}の ちかくの {category}です。',
    nearUser: 'いま いる ところの ちかくの {category}です。',
    inWard: '{ward}の {category}です。{total}か所 あります。{shown}か所 を おしらせ します。',
    inWardAll: '{ward}の {category}です。',
    byName: 'みつかった ところです。',
    noneNear: '{anchor}の ちかく（5キロメートル いない）に {category}は ありませんでした。',
    noData: 'ごめんなさい。{category}の じょうほうは ありません。',
    noDataInWard: 'ごめんなさい。{ward}の {category}の じょうほうは ありません。',
    outOfScope:
      'ごめんなさい。その しつもんに こたえる データが ありません。ひなんじょ（避難所）、AED、トイレ、Wi-Fi、こうえん（公園）、びょういん（病院）などを きいて ください。',
    clarify: 'どこの {category}を さがして いますか？ まちの なまえや えきの なまえを かいて ください。「いまの ばしょを つかう」を おしても いいです。',
    greeting: 'こんにちは。ひなんじょ（避難所）や トイレ、Wi-Fi などを おしえます。なにを さがして いますか？',
    thanks: 'どういたしまして。ほかにも きいて くださいね。',
    contactWard: 'ききたい ことは {office}へ（{url}）',
    contactTokyo: 'ききたい ことは 東京都（とうきょうと）へ（https://www.metro.tokyo.lg.jp/）',
    emergency: 'あぶない ときは 119（しょうぼう・きゅうきゅうしゃ）、110（けいさつ）に でんわ して ください。',
    shareLocation: '「いまの ばしょを つかう」を おすと、ちかい じゅんに おしえます。',
    address: 'じゅうしょ（住所）',
    phone: 'でんわ（電話）',
    map: 'ちず（地図）',
    source: 'データの でどころ（出典）',
    station: '{name}駅',
    meters: 'やく {n}メートル',
    kilometers: 'やく {n}キロメートル',
    listSeparator: '、',
    clarifyTopic: '{place}で なにを さがして いますか？ ひなんじょ（避難所）、AED、トイレ、Wi-Fi などを かいて ください。',
    fallbackNote: 'ちかくに {category}は ありません。{other}を おしえます。',
    noCoordinates: '{category}の ばしょが わからない ものも あります。{ward}の {category}を おしえます。',
    nearLocatedOnly: '{ward}の {category}は データに ありません。ばしょが わかる {category}の なかで ちかい ものを おしえます。もっと ちかくに ある かもしれません。',
    hazardMapIntro: '{ward}の ハザードマップ（あぶない ところの ちず）です。',
    noHazardMap: '{ward}の ハザードマップは データに ありません。',
    pastEvents: 'これは まえに あった イベントです。あたらしい イベントは しせつ（施設）の ホームページを みて ください。',
    facts: {
      hours: 'つかえる じかん（時間）',
      floor: 'かい（階）',
      location: 'ばしょ（場所）',
      wheelchair: 'くるまいす（車椅子）で つかえます',
      ostomate: 'オストメイトの せつび（設備）が あります',
      baby: 'あかちゃんの ための せつび（設備）が あります',
      childPads: 'こどもの ための パッドが あります',
      dates: 'きかん（期間）',
      venue: 'かいじょう（会場）',
      beds: 'ベッドの かず',
      tertiary: 'おもい けがや びょうきの ひとを みる センターが あります',
      hazards: 'つかえる さいがい（災害）',
      website: 'ホームページ',
      designatedOn: 'きまった ひ',
      firstTrain: 'しはつ（始発）',
      lastTrain: 'しゅうでん（終電）',
      days: { mon: 'げつ（月）', tue: 'か（火）', wed: 'すい（水）', thu: 'もく（木）', fri: 'きん（金）', sat: 'ど（土）', sun: 'にち（日）', hol: 'しゅく（祝）' },
      hazardNames: {
        flood: 'こうずい（洪水）', landslide: 'どしゃ さいがい（土砂災害）', storm_surge: 'たかしお（高潮）', earthquake: 'じしん（地震）',
        tsunami: 'つなみ（津波）', large_fire: 'おおきな かじ（火事）', inland_flood: 'まちの みずあふれ（内水氾濫）', volcano: 'かざん（火山）',
      },
      separator: '・',
    },
  },
  en: {
    nearAnchor: 'Nearest {categories} to {anchor}:',
    nearUser: 'Nearest {categories} to you:',
    inWard: '{categories} in {ward} ({shown} of {total}):',
    inWardAll: '{categories} in {ward}:',
    byName: 'Here is what I found:',
    noneNear: 'I found no {category} within 5 km of {anchor}.',
    noData: 'Sorry, the open data this service uses has no information on {categories}.',
    noDataInWard: 'Sorry, the open data this service uses has no information on {categories} in {ward}.',
    outOfScope:
      'Sorry, I have no official data to answer that. I can help with evacuation shelters, AEDs, toilets, free Wi-Fi, parks, libraries and other facilities, hospitals, nurseries, sightseeing, events and municipal offices.',
    clarify: 'Which area are you looking for {categories} in? Type a city, ward or station name, or press "Use my location".',
    greeting: 'Hello! I answer from Tokyo open data: evacuation shelters, AEDs, toilets, free Wi-Fi, facilities and more. What are you looking for?',
    thanks: "You're welcome. Ask me anything else you need.",
    contactWard: 'Contact: {office} ({url})',
    contactTokyo: 'Contact: Tokyo Metropolitan Government (https://www.metro.tokyo.lg.jp/)',
    emergency: 'In an emergency, call 119 (fire and ambulance) or 110 (police).',
    shareLocation: 'Press "Use my location" to see the nearest first.',
    address: 'Address',
    phone: 'Phone',
    map: 'Map',
    source: 'Source',
    station: '{name} Station',
    meters: '{n} m',
    kilometers: '{n} km',
    listSeparator: '; ',
    clarifyTopic: 'What are you looking for in {place}? Try an evacuation shelter, AED, toilet, Wi-Fi or park.',
    fallbackNote: 'The data has no {categories} near there; here are {others} instead.',
    noCoordinates: 'Not every {category} has coordinates in the data, so here are those in {ward} (not ordered by distance).',
    nearLocatedOnly: 'The data has no {categories} in {ward}, and not every {category} has coordinates: here are the nearest of those that do (one without coordinates may be nearer).',
    hazardMapIntro: 'Hazard maps of {ward}:',
    noHazardMap: 'The data has no hazard-map links for {ward}.',
    pastEvents: 'The data lists past events only; check each venue\'s website for what is on now.',
    facts: {
      hours: 'Hours',
      floor: 'Floor',
      location: 'Location',
      wheelchair: 'Wheelchair accessible',
      ostomate: 'Ostomate facilities',
      baby: 'Baby facilities',
      childPads: 'Child pads available',
      dates: 'Dates',
      venue: 'Venue',
      beds: 'Beds',
      tertiary: 'Critical care (tertiary emergency) center',
      hazards: 'Designated for',
      website: 'Website',
      designatedOn: 'Designated',
      firstTrain: 'first train',
      lastTrain: 'last train',
      days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun', hol: 'holidays' },
      hazardNames: {
        flood: 'flood', landslide: 'landslide', storm_surge: 'storm surge', earthquake: 'earthquake', tsunami: 'tsunami',
        large_fire: 'large fire', inland_flood: 'inland flooding', volcano: 'volcano',
      },
      separator: ', ',
    },
  },
  'zh-Hans': {
    nearAnchor: '离{anchor}最近的{category}：',
    nearUser: '离您最近的{category}：',
    inWard: '{ward}的{category}（共{total}处，显示{shown}处）：',
    inWardAll: '{ward}的{category}：',
    byName: '找到以下设施：',
    noneNear: '{anchor}周边5公里内没有找到{category}。',
    noData: '抱歉，本服务使用的开放数据中没有{category}的信息。',
    noDataInWard: '抱歉，本服务使用的开放数据中没有{ward}的{category}信息。',
    outOfScope: '抱歉，没有可以回答该问题的官方数据。您可以询问避难所、AED、厕所、免费Wi-Fi、公园和图书馆等设施、医院、保育园、旅游、活动以及区市町村政府。',
    clarify: '您要找哪个地区的{category}？请输入区市町村名或车站名，或点击“使用我的位置”。',
    greeting: '您好！我根据东京都的开放数据，为您介绍避难所、AED、厕所、免费Wi-Fi和各类设施。请问您要找什么？',
    thanks: '不客气。如有其他问题，请随时提问。',
    contactWard: '咨询：{office}（{url}）',
    contactTokyo: '咨询：东京都政府（https://www.metro.tokyo.lg.jp/）',
    emergency: '紧急情况请拨打119（消防・急救）或110（警察）。',
    shareLocation: '点击“使用我的位置”，即可按距离由近到远显示。',
    address: '地址',
    phone: '电话',
    map: '地图',
    source: '来源',
    station: '{name}站',
    meters: '约{n}米',
    kilometers: '约{n}公里',
    listSeparator: '；',
    clarifyTopic: '您想在{place}找什么？例如避难所、AED、厕所、Wi-Fi或公园。',
    fallbackNote: '附近没有{category}的数据，为您介绍{other}。',
    noCoordinates: '部分{category}在数据中没有位置信息，为您列出{ward}的{category}（未按距离排序）。',
    nearLocatedOnly: '数据中没有{ward}的{category}。以下是有位置信息的{category}中离您最近的（没有位置信息的{category}可能更近）。',
    hazardMapIntro: '{ward}的灾害风险地图：',
    noHazardMap: '数据中没有{ward}的灾害风险地图链接。',
    pastEvents: '数据中只有过去的活动，最新信息请查看各设施的网站。',
    facts: {
      hours: '开放时间',
      floor: '楼层',
      location: '设置位置',
      wheelchair: '可供轮椅使用',
      ostomate: '有造口人士设施',
      baby: '有婴幼儿设施',
      childPads: '有儿童电极片',
      dates: '日期',
      venue: '会场',
      beds: '病床数',
      tertiary: '设有急救中心（三级急救）',
      hazards: '适用灾害',
      website: '网站',
      designatedOn: '指定日期',
      firstTrain: '首班车',
      lastTrain: '末班车',
      days: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日', hol: '节假日' },
      hazardNames: {
        flood: '洪水', landslide: '泥石流・山体滑坡', storm_surge: '风暴潮', earthquake: '地震', tsunami: '海啸', large_fire: '大规模火灾',
        inland_flood: '内涝', volcano: '火山',
      },
      separator: '、',
    },
  },
  'zh-Hant': {
    nearAnchor: '離{anchor}最近的{category}：',
    nearUser: '離您最近的{category}：',
    inWard: '{ward}的{category}（共{total}處，顯示{shown}處）：',
    inWardAll: '{ward}的{category}：',
    byName: '找到以下設施：',
    noneNear: '{anchor}周邊5公里內沒有找到{category}。',
    noData: '抱歉，本服務使用的開放資料中沒有{category}的資訊。',
    noDataInWard: '抱歉，本服務使用的開放資料中沒有{ward}的{category}資訊。',
    outOfScope: '抱歉，沒有可以回答該問題的官方資料。您可以詢問避難所、AED、廁所、免費Wi-Fi、公園和圖書館等設施、醫院、保育園、觀光、活動以及區市町村政府。',
    clarify: '您要找哪個地區的{category}？請輸入區市町村名或車站名，或點選「使用我的位置」。',
    greeting: '您好！我根據東京都的開放資料，為您介紹避難所、AED、廁所、免費Wi-Fi和各類設施。請問您要找什麼？',
    thanks: '不客氣。如有其他問題，請隨時提問。',
    contactWard: '洽詢：{office}（{url}）',
    contactTokyo: '洽詢：東京都政府（https://www.metro.tokyo.lg.jp/）',
    emergency: '緊急情況請撥打119（消防・救護）或110（警察）。',
    shareLocation: '點選「使用我的位置」，即可依距離由近到遠顯示。',
    address: '地址',
    phone: '電話',
    map: '地圖',
    source: '來源',
    station: '{name}站',
    meters: '約{n}公尺',
    kilometers: '約{n}公里',
    listSeparator: '；',
    clarifyTopic: '您想在{place}找什麼？例如避難所、AED、廁所、Wi-Fi或公園。',
    fallbackNote: '附近沒有{category}的資料，為您介紹{other}。',
    noCoordinates: '部分{category}在資料中沒有位置資訊，為您列出{ward}的{category}（未依距離排序）。',
    nearLocatedOnly: '資料中沒有{ward}的{category}。以下是有位置資訊的{category}中離您最近的（沒有位置資訊的{category}可能更近）。',
    hazardMapIntro: '{ward}的災害潛勢地圖：',
    noHazardMap: '資料中沒有{ward}的災害潛勢地圖連結。',
    pastEvents: '資料中只有過去的活動，最新資訊請查看各設施的網站。',
    facts: {
      hours: '開放時間',
      floor: '樓層',
      location: '設置位置',
      wheelchair: '可供輪椅使用',
      ostomate: '有造口人士設施',
      baby: '有嬰幼兒設施',
      childPads: '有兒童電極片',
      dates: '日期',
      venue: '會場',
      beds: '病床數',
      tertiary: '設有急救中心（三級急救）',
      hazards: '適用災害',
      website: '網站',
      designatedOn: '指定日期',
      firstTrain: '首班車',
      lastTrain: '末班車',
      days: { mon: '週一', tue: '週二', wed: '週三', thu: '週四', fri: '週五', sat: '週六', sun: '週日', hol: '國定假日' },
      hazardNames: {
        flood: '洪水', landslide: '土石流・山崩', storm_surge: '暴潮', earthquake: '地震', tsunami: '海嘯', large_fire: '大規模火災',
        inland_flood: '內澇', volcano: '火山',
      },
      separator: '、',
    },
  },
  ko: {
    nearAnchor: '{anchor}에서 가까운 {category}입니다.',
    nearUser: '현재 위치에서 가까운 {category}입니다.',
    inWard: '{ward}의 {category}입니다({total}곳 중 {shown}곳).',
    inWardAll: '{ward}의 {category}입니다.',
    byName: '찾은 시설입니다.',
    noneNear: '{anchor}에서 5km 이내에 {category}을(를) 찾지 못했습니다.',
    noData: '죄송합니다. 이 서비스가 사용하는 공공데이터에는 {category} 정보가 없습니다.',
    noDataInWard: '죄송합니다. 이 서비스가 사용하는 공공데이터에는 {ward}의 {category} 정보가 없습니다.',
    outOfScope:
      '죄송합니다. 그 질문에 답할 수 있는 공식 데이터가 없습니다. 대피소, AED, 화장실, 무료 Wi-Fi, 공원·도서관 등 시설, 병원, 어린이집, 관광, 이벤트, 구청·시청에 대해 물어봐 주세요.',
    clarify: '어느 지역의 {category}을(를) 찾으세요? 구·시 이름이나 역 이름을 입력하거나 "내 위치 사용"을 눌러 주세요.',
    greeting: '안녕하세요! 도쿄도 공공데이터를 바탕으로 대피소, AED, 화장실, 무료 Wi-Fi, 시설 등을 안내합니다. 무엇을 찾으세요?',
    thanks: '천만에요. 더 궁금한 것이 있으면 물어봐 주세요.',
    contactWard: '문의: {office} ({url})',
    contactTokyo: '문의: 도쿄도청 (https://www.metro.tokyo.lg.jp/)',
    emergency: '긴급 상황에서는 119(소방·구급) 또는 110(경찰)에 전화하세요.',
    shareLocation: '"내 위치 사용"을 누르면 가까운 순서로 알려 드립니다.',
    address: '주소',
    phone: '전화',
    map: '지도',
    source: '출처',
    station: '{name}역',
    meters: '약 {n}m',
    kilometers: '약 {n}km',
    listSeparator: ', ',
    clarifyTopic: '{place}에서 무엇을 찾으세요? 대피소, AED, 화장실, Wi-Fi, 공원 등을 입력해 주세요.',
    fallbackNote: '근처에 {category} 데이터가 없어 {other}을(를) 안내합니다.',
    noCoordinates: '데이터에 위치 정보가 없는 {category}도 있어 {ward}의 {category}을(를) 안내합니다(거리순이 아님).',
    nearLocatedOnly: '데이터에 {ward}의 {category}이(가) 없어, 위치 정보가 있는 {category} 중 가까운 곳을 안내합니다(위치 정보가 없는 곳이 더 가까울 수 있습니다).',
    hazardMapIntro: '{ward}의 해저드맵입니다.',
    noHazardMap: '데이터에 {ward}의 해저드맵 링크가 없습니다.',
    pastEvents: '데이터에는 지난 이벤트만 있습니다. 최신 정보는 각 시설의 웹사이트에서 확인해 주세요.',
    facts: {
      hours: '이용 시간',
      floor: '층',
      location: '설치 위치',
      wheelchair: '휠체어 이용 가능',
      ostomate: '오스토메이트 설비 있음',
      baby: '유아용 설비 있음',
      childPads: '소아용 패드 있음',
      dates: '기간',
      venue: '장소',
      beds: '병상 수',
      tertiary: '3차 응급의료(구명구급센터) 있음',
      hazards: '대응 재해',
      website: '웹사이트',
      designatedOn: '지정일',
      firstTrain: '첫차',
      lastTrain: '막차',
      days: { mon: '월', tue: '화', wed: '수', thu: '목', fri: '금', sat: '토', sun: '일', hol: '공휴일' },
      hazardNames: {
        flood: '홍수', landslide: '토사 재해', storm_surge: '해일', earthquake: '지진', tsunami: '쓰나미', large_fire: '대형 화재',
        inland_flood: '내수 범람', volcano: '화산',
      },
      separator: ', ',
    },
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
