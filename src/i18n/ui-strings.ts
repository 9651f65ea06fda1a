import type { Lang } from '../core/languages.ts';

/**
 * Every text of the web page, per language. Labels that the answers refer to ("Use my location") use the same
 * words as the local engine's phrasebook, so an answer that says "press X" names a button the user can see.
 * `{name}` placeholders are filled with `fill` (phrasebook.ts).
 */
export interface UiStrings {
  /** The page title and heading. */
  appTitle: string;
  /** One line under the heading: what the service answers and from what. */
  tagline: string;
  languageLabel: string;
  /** The language menu's group of languages answered through machine translation (issue 17). */
  moreLanguages: string;
  newConversation: string;
  conversationHeading: string;
  emptyIntro: string;
  examplesHeading: string;
  /** Questions a first-time user can send with one tap; each must get a grounded answer from the bundled data. */
  examples: readonly string[];
  you: string;
  assistant: string;
  questionLabel: string;
  questionPlaceholder: string;
  composerHint: string;
  /** Shown when the question nears or passes the limit: `{count}`, `{max}`. */
  charCount: string;
  send: string;
  answering: string;
  answerReady: string;
  useLocation: string;
  locating: string;
  locationOn: string;
  locationDenied: string;
  locationError: string;
  locationUnsupported: string;
  sourcesHeading: string;
  address: string;
  distance: string;
  /** An approximate distance: `{distance}`. */
  approxDistance: string;
  phone: string;
  /** The link of a card to the place on OpenStreetMap (opens another site, so it names it). */
  openMap: string;
  /** Said before the official Japanese name shown beside a translated title (screen readers only). */
  officialName: string;
  /** The button that opens and closes the map of an answer's places. */
  showMap: string;
  hideMap: string;
  /** The map's name for screen readers: `{count}` places. */
  mapLabel: string;
  /** Under the map: how it relates to the list. */
  mapHint: string;
  /** Shown when the map's code could not be loaded (offline): the list still has everything. */
  mapUnavailable: string;
  /** The anchor pin when it is the user's own location. */
  yourLocation: string;
  zoomIn: string;
  zoomOut: string;
  /** The credit of the map tiles; GSI asks for 「地理院タイル」 with a link to its list of tiles. */
  mapTiles: string;
  /** Offered on an answer written in another language than the page's, in that answer's language. */
  switchLanguagePrompt: string;
  switchLanguageButton: string;
  sourceLabel: string;
  publisher: string;
  license: string;
  opensInNewTab: string;
  feedbackQuestion: string;
  helpful: string;
  notHelpful: string;
  feedbackThanks: string;
  feedbackFailed: string;
  degradedNote: string;
  clarificationNote: string;
  errorLabel: string;
  networkError: string;
  interruptedError: string;
  /** The "what I know" view (components/coverage-view.tsx): which data covers which municipality. */
  coverageTitle: string;
  coverageIntro: string;
  coverageLoading: string;
  coverageFailed: string;
  coverageCategory: string;
  /** `{covered}` municipalities of `{total}` have records of the chosen kind. */
  coverageSummary: string;
  coverageMunicipality: string;
  coverageRecords: string;
  coverageUpdated: string;
  coverageSource: string;
  /** A municipality whose file was found but could not be used. */
  coverageRejected: string;
  /** A municipality that publishes no such file (the refresh looked). */
  coverageNotPublished: string;
  /** No records, and the refresh did not look. */
  coverageNoData: string;
  /** Under an answer that broke off: it is not the whole answer. */
  incompleteNote: string;
  /** The button of a failed question that sends it again. */
  resend: string;
  /** Under an answer given while conversations could not be stored (`sessionSaved: false`). */
  notSavedNote: string;
}

export const UI_STRINGS: Record<Lang, UiStrings> = {
  ja: {
    appTitle: '東京都 AIコンシェルジュ',
    tagline: '避難所・AED・トイレ・Wi-Fi などを、東京都のオープンデータをもとにご案内します。',
    languageLabel: '言語',
    moreLanguages: 'その他の言語（機械翻訳）',
    newConversation: '新しい会話',
    conversationHeading: '会話',
    emptyIntro: '知りたい場所や施設を入力してください。回答には出典（データ名・提供者・ライセンス）を表示します。緊急のときは119番・110番に電話してください。',
    examplesHeading: '質問の例',
    examples: ['大井町駅の近くの避難所は？', '品川区の避難所を教えて', '東京駅の近くの避難場所はどこ？'],
    you: 'あなた',
    assistant: 'AIコンシェルジュ',
    questionLabel: '質問',
    questionPlaceholder: '例：大井町駅の近くの避難所は？',
    composerHint: 'Enter で送信、Shift + Enter で改行します。',
    charCount: '{count} / {max} 文字',
    send: '送信',
    answering: '回答を作成しています…',
    answerReady: '回答：',
    useLocation: '現在地を使う',
    locating: '現在地を取得しています…',
    locationOn: '現在地を使っています。近い順にお答えします。',
    locationDenied: '位置情報の利用が許可されませんでした。ブラウザの設定で許可するか、地名や駅名を入力してください。',
    locationError: '現在地を取得できませんでした。もう一度お試しいただくか、地名や駅名を入力してください。',
    locationUnsupported: 'このブラウザでは現在地を使えません。地名や駅名を入力してください。',
    sourcesHeading: '出典と場所',
    address: '住所',
    distance: '距離',
    approxDistance: '約{distance}',
    phone: '電話',
    openMap: 'OpenStreetMap で開く',
    officialName: '正式名称',
    showMap: '地図で見る',
    hideMap: '地図を閉じる',
    mapLabel: '地図（{count}か所）',
    mapHint: '番号は下の一覧と同じです。ピンを押すと、その場所の説明に移ります。',
    mapUnavailable: '地図を読み込めませんでした。場所は下の一覧でご覧ください。',
    yourLocation: '現在地',
    zoomIn: '拡大',
    zoomOut: '縮小',
    mapTiles: '地理院タイル',
    switchLanguagePrompt: 'この回答は日本語です。ページも日本語で表示しますか？',
    switchLanguageButton: '日本語に切り替える',
    sourceLabel: '出典',
    publisher: '提供',
    license: 'ライセンス',
    opensInNewTab: '（新しいタブで開きます）',
    feedbackQuestion: 'この回答は役に立ちましたか？',
    helpful: '役に立った',
    notHelpful: '役に立たなかった',
    feedbackThanks: 'ご意見ありがとうございます。',
    feedbackFailed: 'ご意見を送信できませんでした。もう一度お試しください。',
    degradedNote: '簡易回答です：AI が一時的に使えないため、オープンデータから直接お答えしています。',
    clarificationNote: '地域を教えていただくと、より正確にお答えできます。',
    errorLabel: 'エラー：',
    networkError: '通信できませんでした。接続を確認して、もう一度送信してください。',
    interruptedError: '回答の途中で通信が切れました。もう一度送信してください。',
    coverageTitle: '対応しているデータ（区市町村ごと）',
    coverageIntro: 'どの区市町村のどの種類のデータをもとにお答えできるかの一覧です。データがない区市町村については、その区市町村にお問い合わせください。',
    coverageLoading: '一覧を読み込んでいます…',
    coverageFailed: '一覧を読み込めませんでした。時間をおいてもう一度開いてください。',
    coverageCategory: '種類',
    coverageSummary: '62区市町村のうち {covered} にデータがあります。',
    coverageMunicipality: '区市町村',
    coverageRecords: '件数',
    coverageUpdated: '更新日・出典',
    coverageSource: '出典',
    coverageRejected: 'データを読み込めませんでした',
    coverageNotPublished: '公開されていません',
    coverageNoData: 'データなし',
    incompleteNote: 'この回答は途中で切れています。すべての情報ではありません。',
    resend: 'もう一度送信',
    notSavedNote: 'この会話は今は記録できません。続けて質問するときは、場所や知りたいことをもう一度入れてください。',
  },
  'ja-easy': {
    appTitle: 'とうきょうと AIコンシェルジュ',
    tagline: 'ひなんじょ（避難所）、AED、トイレ、Wi-Fi などを おしえます。とうきょうとの データを つかいます。',
    languageLabel: 'ことば',
    moreLanguages: 'ほかの ことば（きかいで ほんやく）',
    newConversation: 'あたらしく はなす',
    conversationHeading: 'かいわ',
    emptyIntro: 'しりたい ばしょを かいて ください。こたえには データの なまえ（しゅってん）も かきます。あぶない ときは 119 か 110 に でんわ して ください。',
    examplesHeading: 'しつもんの れい',
    examples: ['大井町駅の ちかくの ひなんじょは どこ？', '品川区の ひなんじょを おしえて', '東京駅の ちかくの ひなんばしょは どこ？'],
    you: 'あなた',
    assistant: 'AIコンシェルジュ',
    questionLabel: 'しつもん',
    questionPlaceholder: 'れい：大井町駅の ちかくの ひなんじょは どこ？',
    composerHint: 'Enter で おくります。Shift + Enter で ぎょうを かえます。',
    charCount: '{count} / {max} もじ',
    send: 'おくる',
    answering: 'こたえを つくって います…',
    answerReady: 'こたえ：',
    useLocation: 'いまの ばしょを つかう',
    locating: 'いまの ばしょを しらべて います…',
    locationOn: 'いまの ばしょを つかって います。ちかい じゅんに おしえます。',
    locationDenied: 'いまの ばしょを つかう ことが できません。ブラウザの せっていを かえるか、まちや えきの なまえを かいて ください。',
    locationError: 'いまの ばしょが わかりませんでした。もう いちど するか、まちや えきの なまえを かいて ください。',
    locationUnsupported: 'この ブラウザでは いまの ばしょを つかえません。まちや えきの なまえを かいて ください。',
    sourcesHeading: 'データと ばしょ',
    address: 'じゅうしょ（住所）',
    distance: 'きょり',
    approxDistance: 'やく {distance}',
    phone: 'でんわ',
    openMap: 'OpenStreetMap で ひらく',
    officialName: 'せいしきな なまえ',
    showMap: 'ちずで みる',
    hideMap: 'ちずを とじる',
    mapLabel: 'ちず（{count}か しょ）',
    mapHint: 'ばんごうは したの リストと おなじです。ピンを おすと、その ばしょの せつめいに いきます。',
    mapUnavailable: 'ちずを よみこめませんでした。ばしょは したの リストで みて ください。',
    yourLocation: 'いまの ばしょ',
    zoomIn: 'おおきく する',
    zoomOut: 'ちいさく する',
    mapTiles: '地理院タイル',
    switchLanguagePrompt: 'この こたえは やさしい にほんごです。ページも やさしい にほんごに しますか？',
    switchLanguageButton: 'やさしい にほんごに する',
    sourceLabel: 'しゅってん（出典）',
    publisher: 'だした ところ',
    license: 'ライセンス',
    opensInNewTab: '（あたらしい タブで ひらきます）',
    feedbackQuestion: 'この こたえは やくに たちましたか？',
    helpful: 'やくに たった',
    notHelpful: 'やくに たたなかった',
    feedbackThanks: 'ありがとう ございます。',
    feedbackFailed: 'おくれませんでした。もう いちど して ください。',
    degradedNote: 'かんたんな こたえです。いま AI が つかえないので、データから そのまま こたえて います。',
    clarificationNote: 'ばしょを おしえて くれると、もっと よく こたえられます。',
    errorLabel: 'エラー：',
    networkError: 'つながりませんでした。インターネットを たしかめて、もう いちど おくって ください。',
    interruptedError: 'とちゅうで きれました。もう いちど おくって ください。',
    coverageTitle: 'わかる こと（まちごとの データ）',
    coverageIntro: 'どの まち（区市町村）の どんな データで こたえられるかの いちらんです。データが ない ときは、その まちの やくしょ（役所）に きいて ください。',
    coverageLoading: 'よみこんで います…',
    coverageFailed: 'よみこめませんでした。あとで もう いちど ひらいて ください。',
    coverageCategory: 'しゅるい',
    coverageSummary: '62の まちの うち {covered}の まちに データが あります。',
    coverageMunicipality: 'まち（区市町村）',
    coverageRecords: 'かず',
    coverageUpdated: 'あたらしく した ひ・でどころ（出典）',
    coverageSource: 'でどころ（出典）',
    coverageRejected: 'データを よめませんでした',
    coverageNotPublished: 'データが でて いません',
    coverageNoData: 'データなし',
    incompleteNote: 'この こたえは とちゅうで きれました。ぜんぶでは ありません。',
    resend: 'もう いちど おくる',
    notSavedNote: 'いまは この はなしを おぼえて いられません。つぎの しつもんでは、ばしょを もう いちど かいて ください。',
  },
  en: {
    appTitle: 'Tokyo AI Concierge',
    tagline: 'Evacuation shelters, AEDs, toilets, free Wi-Fi and more, answered from Tokyo open data.',
    languageLabel: 'Language',
    moreLanguages: 'More languages (machine translation)',
    newConversation: 'New conversation',
    conversationHeading: 'Conversation',
    emptyIntro: 'Ask about a place or facility. Every answer names its sources (dataset, publisher, licence). In an emergency, call 119 (fire and ambulance) or 110 (police).',
    examplesHeading: 'Try asking',
    examples: ['Shelters near Oimachi station', 'Evacuation shelters in Shinagawa', 'Where is the nearest evacuation site to Tokyo Station?'],
    you: 'You',
    assistant: 'AI Concierge',
    questionLabel: 'Your question',
    questionPlaceholder: 'e.g. Shelters near Oimachi station',
    composerHint: 'Enter sends; Shift + Enter starts a new line.',
    charCount: '{count} / {max} characters',
    send: 'Send',
    answering: 'Writing the answer…',
    answerReady: 'Answer:',
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    locationOn: 'Using your location: nearest places first.',
    locationDenied: 'Location access was not allowed. You can allow it in your browser settings, or type a place or station name.',
    locationError: 'Your location could not be found. Please try again, or type a place or station name.',
    locationUnsupported: 'This browser cannot share your location. Please type a place or station name.',
    sourcesHeading: 'Sources and places',
    address: 'Address',
    distance: 'Distance',
    approxDistance: 'about {distance}',
    phone: 'Phone',
    openMap: 'Open in OpenStreetMap',
    officialName: 'Official name',
    showMap: 'Show on a map',
    hideMap: 'Hide the map',
    mapLabel: 'Map of {count} places',
    mapHint: 'The numbers match the list below. Select a pin to go to its place.',
    mapUnavailable: 'The map could not be loaded. The list below has every place.',
    yourLocation: 'Your location',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    mapTiles: '地理院タイル (GSI Tiles)',
    switchLanguagePrompt: 'This answer is in English. Show the page in English too?',
    switchLanguageButton: 'Switch to English',
    sourceLabel: 'Source',
    publisher: 'Publisher',
    license: 'Licence',
    opensInNewTab: '(opens in a new tab)',
    feedbackQuestion: 'Was this answer helpful?',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    feedbackThanks: 'Thank you for your feedback.',
    feedbackFailed: 'Your feedback could not be sent. Please try again.',
    degradedNote: 'Simplified answer: the AI is unavailable for now, so this answer comes straight from the open data.',
    clarificationNote: 'Tell me the area and I can answer more precisely.',
    errorLabel: 'Error:',
    networkError: 'Could not connect. Please check your connection and send again.',
    interruptedError: 'The connection was lost during the answer. Please send again.',
    coverageTitle: 'What I know (data by municipality)',
    coverageIntro: 'Which kinds of data I can answer from, for each of Tokyo’s municipalities. Where there is no data, please ask the municipality itself.',
    coverageLoading: 'Loading the list…',
    coverageFailed: 'The list could not be loaded. Please open it again later.',
    coverageCategory: 'Kind',
    coverageSummary: 'Data for {covered} of the 62 municipalities.',
    coverageMunicipality: 'Municipality',
    coverageRecords: 'Records',
    coverageUpdated: 'Updated, source',
    coverageSource: 'source',
    coverageRejected: 'File could not be used',
    coverageNotPublished: 'Not published',
    coverageNoData: 'No data',
    incompleteNote: 'This answer was cut off: it is not complete.',
    resend: 'Send again',
    notSavedNote: 'This conversation cannot be remembered right now. In your next question, say the place again.',
  },
  'zh-Hans': {
    appTitle: '东京都 AI 咨询助手',
    tagline: '根据东京都开放数据，为您介绍避难所、AED、厕所、免费Wi-Fi等。',
    languageLabel: '语言',
    moreLanguages: '更多语言（机器翻译）',
    newConversation: '新对话',
    conversationHeading: '对话',
    emptyIntro: '请输入您想了解的地点或设施。每个回答都会注明来源（数据集、提供者、许可）。紧急情况请拨打119（消防・急救）或110（警察）。',
    examplesHeading: '提问示例',
    examples: ['大井町站附近的避难所在哪里？', '品川区的避难所', '东京站附近的避难场所在哪里？'],
    you: '您',
    assistant: 'AI 咨询助手',
    questionLabel: '您的问题',
    questionPlaceholder: '例如：大井町站附近的避难所在哪里？',
    composerHint: '按 Enter 发送，按 Shift + Enter 换行。',
    charCount: '{count} / {max} 字',
    send: '发送',
    answering: '正在生成回答…',
    answerReady: '回答：',
    useLocation: '使用我的位置',
    locating: '正在获取您的位置…',
    locationOn: '正在使用您的位置，按距离由近到远回答。',
    locationDenied: '未获准使用位置信息。您可以在浏览器设置中允许，或输入地名或车站名。',
    locationError: '无法获取您的位置。请重试，或输入地名或车站名。',
    locationUnsupported: '此浏览器无法使用位置信息。请输入地名或车站名。',
    sourcesHeading: '来源与地点',
    address: '地址',
    distance: '距离',
    approxDistance: '约{distance}',
    phone: '电话',
    openMap: '在 OpenStreetMap 中打开',
    officialName: '正式名称',
    showMap: '在地图上查看',
    hideMap: '收起地图',
    mapLabel: '地图（{count}个地点）',
    mapHint: '编号与下方列表相同。点按图钉可跳到该地点的说明。',
    mapUnavailable: '无法加载地图。请查看下方列表中的地点。',
    yourLocation: '您的位置',
    zoomIn: '放大',
    zoomOut: '缩小',
    mapTiles: '地理院タイル（日本国土地理院地图）',
    switchLanguagePrompt: '此回答为简体中文。要将页面也切换为简体中文吗？',
    switchLanguageButton: '切换为简体中文',
    sourceLabel: '来源',
    publisher: '提供者',
    license: '许可',
    opensInNewTab: '（在新标签页中打开）',
    feedbackQuestion: '这个回答有帮助吗？',
    helpful: '有帮助',
    notHelpful: '没有帮助',
    feedbackThanks: '感谢您的反馈。',
    feedbackFailed: '反馈发送失败，请重试。',
    degradedNote: '简化回答：AI 暂时无法使用，此回答直接来自开放数据。',
    clarificationNote: '告诉我具体地区，可以回答得更准确。',
    errorLabel: '错误：',
    networkError: '无法连接。请检查网络后重新发送。',
    interruptedError: '回答过程中连接中断，请重新发送。',
    coverageTitle: '我了解的信息（按区市町村）',
    coverageIntro: '这是我能根据哪些区市町村的哪类数据来回答的一览。没有数据的区市町村，请直接向该区市町村咨询。',
    coverageLoading: '正在加载一览…',
    coverageFailed: '无法加载一览，请稍后再打开。',
    coverageCategory: '种类',
    coverageSummary: '62个区市町村中有 {covered} 个有数据。',
    coverageMunicipality: '区市町村',
    coverageRecords: '条数',
    coverageUpdated: '更新日期・出处',
    coverageSource: '出处',
    coverageRejected: '文件无法使用',
    coverageNotPublished: '未公开',
    coverageNoData: '无数据',
    incompleteNote: '此回答中途中断，内容不完整。',
    resend: '重新发送',
    notSavedNote: '目前无法保存此对话。继续提问时，请再次说明地点。',
  },
  'zh-Hant': {
    appTitle: '東京都 AI 諮詢助理',
    tagline: '根據東京都開放資料，為您介紹避難所、AED、廁所、免費Wi-Fi等。',
    languageLabel: '語言',
    moreLanguages: '更多語言（機器翻譯）',
    newConversation: '新對話',
    conversationHeading: '對話',
    emptyIntro: '請輸入您想了解的地點或設施。每個回答都會註明來源（資料集、提供者、授權）。緊急情況請撥打119（消防・救護）或110（警察）。',
    examplesHeading: '提問範例',
    examples: ['大井町站附近的避難所在哪裡？', '品川區的避難所', '東京站附近的避難場所在哪裡？'],
    you: '您',
    assistant: 'AI 諮詢助理',
    questionLabel: '您的問題',
    questionPlaceholder: '例如：大井町站附近的避難所在哪裡？',
    composerHint: '按 Enter 傳送，按 Shift + Enter 換行。',
    charCount: '{count} / {max} 字',
    send: '傳送',
    answering: '正在產生回答…',
    answerReady: '回答：',
    useLocation: '使用我的位置',
    locating: '正在取得您的位置…',
    locationOn: '正在使用您的位置，依距離由近到遠回答。',
    locationDenied: '未獲准使用位置資訊。您可以在瀏覽器設定中允許，或輸入地名或車站名。',
    locationError: '無法取得您的位置。請重試，或輸入地名或車站名。',
    locationUnsupported: '此瀏覽器無法使用位置資訊。請輸入地名或車站名。',
    sourcesHeading: '來源與地點',
    address: '地址',
    distance: '距離',
    approxDistance: '約{distance}',
    phone: '電話',
    openMap: '在 OpenStreetMap 中開啟',
    officialName: '正式名稱',
    showMap: '在地圖上查看',
    hideMap: '收起地圖',
    mapLabel: '地圖（{count}個地點）',
    mapHint: '編號與下方列表相同。點按圖釘可跳到該地點的說明。',
    mapUnavailable: '無法載入地圖。請查看下方列表中的地點。',
    yourLocation: '您的位置',
    zoomIn: '放大',
    zoomOut: '縮小',
    mapTiles: '地理院タイル（日本國土地理院地圖）',
    switchLanguagePrompt: '此回答為繁體中文。要將頁面也切換為繁體中文嗎？',
    switchLanguageButton: '切換為繁體中文',
    sourceLabel: '來源',
    publisher: '提供者',
    license: '授權',
    opensInNewTab: '（在新分頁中開啟）',
    feedbackQuestion: '這個回答有幫助嗎？',
    helpful: '有幫助',
    notHelpful: '沒有幫助',
    feedbackThanks: '感謝您的意見。',
    feedbackFailed: '意見傳送失敗，請重試。',
    degradedNote: '簡化回答：AI 暫時無法使用，此回答直接來自開放資料。',
    clarificationNote: '告訴我具體地區，可以回答得更準確。',
    errorLabel: '錯誤：',
    networkError: '無法連線。請檢查網路後重新傳送。',
    interruptedError: '回答過程中連線中斷，請重新傳送。',
    coverageTitle: '我了解的資訊（按區市町村）',
    coverageIntro: '這是我能根據哪些區市町村的哪類資料來回答的一覽。沒有資料的區市町村，請直接向該區市町村洽詢。',
    coverageLoading: '正在載入一覽…',
    coverageFailed: '無法載入一覽，請稍後再開啟。',
    coverageCategory: '種類',
    coverageSummary: '62個區市町村中有 {covered} 個有資料。',
    coverageMunicipality: '區市町村',
    coverageRecords: '筆數',
    coverageUpdated: '更新日期・出處',
    coverageSource: '出處',
    coverageRejected: '檔案無法使用',
    coverageNotPublished: '未公開',
    coverageNoData: '無資料',
    incompleteNote: '此回答中途中斷，內容不完整。',
    resend: '重新傳送',
    notSavedNote: '目前無法保存此對話。繼續提問時，請再次說明地點。',
  },
  ko: {
    appTitle: '도쿄도 AI 컨시어지',
    tagline: '도쿄도 공공데이터를 바탕으로 대피소, AED, 화장실, 무료 Wi-Fi 등을 안내합니다.',
    languageLabel: '언어',
    moreLanguages: '다른 언어(기계 번역)',
    newConversation: '새 대화',
    conversationHeading: '대화',
    emptyIntro: '알고 싶은 장소나 시설을 입력해 주세요. 모든 답변에 출처(데이터셋, 제공자, 라이선스)를 표시합니다. 긴급 상황에서는 119(소방·구급) 또는 110(경찰)에 전화하세요.',
    examplesHeading: '질문 예시',
    examples: ['大井町역 근처 대피소는 어디예요?', '品川구 대피소 어디예요?', '東京駅 근처 대피 장소는 어디예요?'],
    you: '나',
    assistant: 'AI 컨시어지',
    questionLabel: '질문',
    questionPlaceholder: '예: 大井町역 근처 대피소는 어디예요?',
    composerHint: 'Enter로 보내고, Shift + Enter로 줄을 바꿉니다.',
    charCount: '{count} / {max}자',
    send: '보내기',
    answering: '답변을 작성하고 있습니다…',
    answerReady: '답변:',
    useLocation: '내 위치 사용',
    locating: '위치를 확인하고 있습니다…',
    locationOn: '내 위치를 사용 중입니다. 가까운 순서로 답합니다.',
    locationDenied: '위치 정보 사용이 허용되지 않았습니다. 브라우저 설정에서 허용하거나 지명이나 역 이름을 입력해 주세요.',
    locationError: '위치를 확인할 수 없습니다. 다시 시도하거나 지명이나 역 이름을 입력해 주세요.',
    locationUnsupported: '이 브라우저에서는 위치 정보를 사용할 수 없습니다. 지명이나 역 이름을 입력해 주세요.',
    sourcesHeading: '출처와 장소',
    address: '주소',
    distance: '거리',
    approxDistance: '약 {distance}',
    phone: '전화',
    openMap: 'OpenStreetMap에서 열기',
    officialName: '공식 명칭',
    showMap: '지도로 보기',
    hideMap: '지도 닫기',
    mapLabel: '지도({count}곳)',
    mapHint: '번호는 아래 목록과 같습니다. 핀을 누르면 그 장소의 설명으로 이동합니다.',
    mapUnavailable: '지도를 불러오지 못했습니다. 아래 목록에서 장소를 확인해 주세요.',
    yourLocation: '내 위치',
    zoomIn: '확대',
    zoomOut: '축소',
    mapTiles: '地理院タイル(일본 국토지리원 지도)',
    switchLanguagePrompt: '이 답변은 한국어입니다. 페이지도 한국어로 볼까요?',
    switchLanguageButton: '한국어로 바꾸기',
    sourceLabel: '출처',
    publisher: '제공',
    license: '라이선스',
    opensInNewTab: '(새 탭에서 열림)',
    feedbackQuestion: '이 답변이 도움이 되었나요?',
    helpful: '도움이 됨',
    notHelpful: '도움이 안 됨',
    feedbackThanks: '의견을 보내 주셔서 감사합니다.',
    feedbackFailed: '의견을 보내지 못했습니다. 다시 시도해 주세요.',
    degradedNote: '간단한 답변: AI를 잠시 사용할 수 없어 공공데이터에서 바로 답합니다.',
    clarificationNote: '지역을 알려 주시면 더 정확하게 답할 수 있습니다.',
    errorLabel: '오류:',
    networkError: '연결할 수 없습니다. 네트워크를 확인하고 다시 보내 주세요.',
    interruptedError: '답변 도중 연결이 끊겼습니다. 다시 보내 주세요.',
    coverageTitle: '제가 아는 정보 (구·시·정·촌별)',
    coverageIntro: '도쿄의 각 구·시·정·촌에 대해 어떤 종류의 데이터로 답할 수 있는지 보여 주는 목록입니다. 데이터가 없는 곳은 해당 구·시·정·촌에 직접 문의해 주세요.',
    coverageLoading: '목록을 불러오는 중…',
    coverageFailed: '목록을 불러오지 못했습니다. 잠시 후 다시 열어 주세요.',
    coverageCategory: '종류',
    coverageSummary: '62개 구·시·정·촌 중 {covered}곳의 데이터가 있습니다.',
    coverageMunicipality: '구·시·정·촌',
    coverageRecords: '건수',
    coverageUpdated: '갱신일·출처',
    coverageSource: '출처',
    coverageRejected: '파일을 사용할 수 없음',
    coverageNotPublished: '공개되지 않음',
    coverageNoData: '데이터 없음',
    incompleteNote: '이 답변은 도중에 끊겼습니다. 전체 내용이 아닙니다.',
    resend: '다시 보내기',
    notSavedNote: '지금은 이 대화를 기억할 수 없습니다. 다음 질문에서 장소를 다시 말해 주세요.',
  },
};
