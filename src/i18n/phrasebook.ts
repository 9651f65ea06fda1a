import type { Lang } from './languages.ts';

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
}

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
    station: '{name}えき（駅）',
    meters: 'やく {n}メートル',
    kilometers: 'やく {n}キロメートル',
    listSeparator: '、',
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
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
