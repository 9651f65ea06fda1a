import type { Attribute } from '../../core/question-frame.ts';

/**
 * Words that ask for a fact of a place, per attribute, in the six languages (Japanese with its kana-only forms
 * for やさしい日本語, English, Chinese in both scripts, Korean). Compared after NFKC and lower-casing; Latin words
 * match as words and take a plural; other scripts match anywhere, spaces optional (word-table.ts). A word listed
 * under two attributes belongs to the first: the order of this table is the order of precedence.
 *
 * Words that depend on the place (`when`: an event's dates, another place's hours; `where`: an event's venue,
 * another place's address) are in CONTEXTUAL_WORDS below and resolved by the understand step.
 */
export const ATTRIBUTE_WORDS: ReadonlyArray<readonly [Attribute, readonly string[]]> = [
  [
    'access',
    [
      '行き方', 'いきかた', '行きかた', 'アクセス', 'あくせす', '最寄り駅', '最寄駅', 'もよりえき', 'もより駅', '交通手段', '行くには', 'いくには',
      '道順', 'どうやって行', 'どうやっていく', 'どう行けば', 'どういけば', '何駅', 'なにえき', 'どの駅', '徒歩何分', 'って何駅', 'ちかいえき', '近い駅', 'どうやっていき', 'どうやって行き', 'えきから',
      'how do i get', 'how can i get', 'how to get', 'get there', 'getting there', 'directions', 'access', 'nearest station',
      'closest station', 'which station', 'what station', 'how to go', 'how do i go', 'route to', 'how to reach', 'how do i reach', 'how can i reach', 'by train', 'by subway', 'by bus', 'nearest train station',
      '怎么去', '怎麼去', '怎么走', '怎麼走', '如何前往', '交通方式', '交通方法', '坐什么车', '坐什麼車', '最近的车站', '最近的車站',
      '最近的站', '哪个站', '哪個站', '在哪站', '路线', '路線', '哪个车站', '哪個車站', '走过去', '走過去', '从哪个', '從哪個', '交通', '坐车', '坐車', '搭车', '搭車', '搭什么', '搭什麼',
      '가는 방법', '가는 법', '가는 길', '어떻게 가', '찾아가는', '교통편', '가까운 역', '가장 가까운 역', '무슨 역', '어느 역', '오시는 길', '교통', '대중교통', '역에서',
    ],
  ],
  [
    'floor',
    [
      '何階', 'なんかい', 'なんがい', 'なん階', 'って何階', 'ってなんかい', '何かい', '階数', '館内', 'フロア', 'ふろあ', '設置場所', '設置位置', 'せっちばしょ', '置いてある場所', 'どこに置', 'どこにおいて',
      'どこに設置', '建物のどこ', 'たてもののどこ', '館内のどこ', '建物の中', 'たてもののなか', '館内の',
      'which floor', 'what floor', 'floor', 'where inside', 'where in the building', 'where exactly', 'which level', 'installed',
      '几楼', '幾樓', '几层', '幾層', '哪一层', '哪一層', '哪层', '哪層', '楼层', '樓層', '设置位置', '設置位置', '放在哪', '装在哪', '裝在哪', '什么位置', '什麼位置',
      '哪个位置', '哪個位置', '几搂', '幾摟', '楼里', '樓裡', '樓裏', '楼内', '樓內', '建筑里', '建築裡', '大楼里', '大樓裡',
      '몇 층', '몇층', '어느 층', '층', '설치 위치', '설치 장소', '어디에 설치', '건물 어디', '설치돼', '설치되어', '설치된', '건물 안', '건물안',
    ],
  ],
  [
    'ssid',
    [
      'ssid', 'ネットワーク名', 'ねっとわーくめい', 'wi-fiの名前', 'wifiの名前', 'ワイファイの名前', 'wifi名前', 'wi-fi名前', 'wifi名', 'wi-fi名', '接続先', 'network name',
      'wifi name', 'wi-fi name', 'wifi network', 'wi-fi network', 'which network', 'what network', '网络名称', '網路名稱', '网络名', '網路名', 'wifi名称', 'wi-fi名称',
      'wifi名稱', 'wi-fi名稱', 'wifi叫什么', 'wi-fi叫什么', 'wifi叫什麼', 'wi-fi叫什麼', 'wifi的名字', 'wi-fi的名字', '무선랜 이름', '와이파이 이름', '네트워크 이름', '접속 이름',
    ],
  ],
  [
    'beds',
    [
      '病床', 'びょうしょう', 'ベッド数', 'べっどすう', 'ベッド', '床数', '何床', 'なんしょう', 'bed', 'beds', 'bed count', '床位', '病床数', '病床數', '병상', '병상 수', '침대 수',
    ],
  ],
  [
    'emergency_role',
    [
      '災害拠点病院', '拠点病院', 'さいがいきょてん', '救命救急', '三次救急', '救急対応', '救急病院', '救急指定', '災害時の役割', '拠点になる', 'きょてんになる', '救急医療', 'きゅうきゅういりょう', 'きゅうきゅうのびょういん', '救急の病院', '役割', 'やくわり', 'さいがいのときなにをし',
      'disaster base', 'disaster hospital', 'base hospital', 'emergency role', 'tertiary', 'trauma center', 'trauma centre', 'disaster-response', 'disaster response', 'role in emergencies', 'role in a disaster', 'role in disasters', 'role in an emergency', 'designated hospital',
      'emergency care', 'er', 'emergency room',
      '灾害据点', '災害據點', '灾害基地', '災害基地', '急救中心', '三级急救', '三級急救', '急诊', '急診', '什么角色', '什麼角色', '定点医院', '定點醫院', '指定医院', '指定醫院', '据点医院', '據點醫院',
      '재해 거점', '재해거점', '응급실', '응급 의료', '응급의료', '구급', '3차 응급', '거점 병원', '거점병원', '역할',
    ],
  ],
  [
    'toilets',
    [
      '便器', '個室', 'こしつ', 'トイレの数', 'トイレは何個', 'トイレはいくつ', '何個', 'stalls', 'cubicles', 'how many toilets', '便器数', '厕位', '廁位', '변기', '변기 수', '화장실 칸',
    ],
  ],
  [
    'capacity',
    [
      '収容人数', '収容', 'しゅうよう', '定員', 'ていいん', '何人', 'なんにん', '人数', 'capacity', 'how many people', 'hold how many', 'accommodate',
      '容纳', '容納', '多少人', '几个人', '幾個人', '收容人数', '收容人數', '수용 인원', '수용인원', '수용', '몇 명', '정원',
    ],
  ],
  [
    'ages',
    [
      '何歳', 'なんさい', '年齢', 'ねんれい', '何か月', '対象年齢', 'what age', 'which ages', 'ages', 'how old', 'age', 'from what age',
      '几岁', '幾歲', '年龄', '年齡', '多大', '몇 살', '몇살', '나이', '연령', '개월',
    ],
  ],
  [
    'childcare',
    ['託児', 'たくじ', '一時保育', '子どもを預け', '子供を預け', 'childcare', 'child care', 'babysitting', 'creche', '托儿', '托兒', '托育', '탁아', '아이 맡기'],
  ],
  [
    'conditions',
    [
      '利用条件', 'りようじょうけん', '条件', 'じょうけん', '登録', 'とうろく', '利用登録', 'conditions', 'condition of use', 'registration', 'register',
      'requirements', '使用条件', '條件', '条件', '登记', '登記', '注册', '註冊', '이용 조건', '이용조건', '조건', '등록',
    ],
  ],
  [
    'parking',
    [
      '駐車場', 'ちゅうしゃじょう', '駐車', 'ちゅうしゃ', 'パーキング', '車で行', 'くるまで', '車で来', 'parking', 'car park', 'parking lot', 'park my car',
      'park the car', 'by car', '停车场', '停車場', '停车', '停車', '开车', '開車', '주차장', '주차', '차로 가', '차를 세',
    ],
  ],
  [
    'ostomate',
    ['オストメイト', 'おすとめいと', 'ストーマ', 'ostomate', 'ostomy', 'stoma', '造口', '人工肛门', '人工肛門', '오스토메이트', '장루', '인공항문'],
  ],
  [
    'baby',
    [
      'おむつ', 'オムツ', 'おむつ替え', 'おむつがえ', 'オムツ替え', 'ベビーシート', 'ベビーベッド', 'ベビーチェア', 'ベビー', '赤ちゃん', 'あかちゃん', '乳幼児',
      '授乳', 'じゅにゅう', 'baby', 'babies', 'diaper', 'nappy', 'nappies', 'changing table', 'baby changing', 'nursing room', 'infant',
      '婴儿', '嬰兒', '宝宝', '寶寶', '尿布', '换尿布', '換尿布', '尿布台', '母婴', '母嬰', '哺乳', '아기', '기저귀', '수유실', '수유', '유아', '영유아',
    ],
  ],
  [
    'admits',
    [
      '誰でも', 'だれでも', '受け入れ', 'うけいれ', '受入', '対象者', 'たいしょうしゃ', '外国人も', '観光客も', '誰が', 'だれが',
      'だけですか', '専用', '限定', '誰のため', 'だれのため', 'だれ の ため', '誰向け', 'だれむけ', '誰用', '誰を受け', 'だれを うけいれ', 'どんな人', 'どんなひと', 'どんな ひと',
      'who can', 'anyone', 'everyone', 'open to', 'who is it for', 'for whom', 'can tourists', 'can foreigners', 'allowed to', 'only for', 'who is admitted',
      'reserved for', 'including tourists', 'tourists too', 'even tourists', 'for tourists', 'including foreigners',
      '谁都可以', '誰都可以', '谁都能', '誰都能', '任何人都', '谁可以', '誰可以', '任何人', '所有人', '外国人可以', '外國人可以', '游客可以', '遊客可以', '收容对象', '收容對象', '只给', '只給', '只限', '专用', '專用', '收容什么样', '收容什麼樣', '接收什么样', '接收什麼樣', '什么样的人', '什麼樣的人', '什么人', '什麼人', '收容哪些人', '接收哪些人', '给谁', '給誰', '为谁', '為誰', '谁能进', '誰能進', '谁可以进', '誰可以進',
      '누구나', '누가', '아무나', '누구를 위한', '누구를 위해', '누구 대상', '어떤 사람', '외국인도', '관광객도', '대상자', '만 가능', '만 이용', '전용', '수용 대상', '수용대상',
    ],
  ],
  [
    'wheelchair',
    [
      '車椅子', '車いす', 'くるまいす', 'クルマイス', 'バリアフリー', 'ばりあふりー', '多目的トイレ', '多機能トイレ', 'だれでもトイレ', '障害者用', '障がい者用',
      'スロープ', 'エレベーター', 'wheelchair', 'wheel chair', 'wheelchair access', 'barrier-free access', 'barrier free access', 'step-free access',
      'disabled access', 'accessible toilet', 'accessible', 'accessibility', 'barrier-free', 'barrier free',
      'disabled', 'handicap', 'step-free', 'step free', 'elevator', 'lift', 'ramp',
      '轮椅', '輪椅', '无障碍', '無障礙', '残疾人', '殘疾人', '多功能厕所', '多功能廁所', '电梯', '電梯',
      '휠체어', '장애인', '배리어프리', '무장애', '경사로', '엘리베이터', '다목적 화장실', '다목적화장실', '장애인 화장실', '장애인화장실',
    ],
  ],
  [
    'hazards',
    [
      '何の災害', 'なんの災害', 'って何の災害', 'ってなんの災害', 'って どの災害', 'どの災害', 'どんな災害', '災害の種類', '対応している災害', '対象の災害', '何に対応', 'なにに たいおう', '対象災害', '対応災害', 'なんのさいがい', 'どのさいがい', 'どんなさいがい',
      'which disasters', 'what disasters', 'which hazards', 'what hazards', 'what kind of disaster', 'which emergencies', 'designated for', 'what disaster', 'which disaster', 'what kind of disasters', 'hazard types', 'disaster types', 'safe for', 'safe during', 'safe in a', 'safe in an', 'safe in case of', 'good for a',
      '什么灾害', '什麼災害', '哪种灾害', '哪種災害', '哪些灾害', '哪些災害', '对应灾害', '對應災害', '适用于哪些', '適用於哪些', '适用于什么', '適用於什麼',
      '어떤 재해', '무슨 재해', '어떤 재난', '무슨 재난', '재해 종류', '재난 종류', '대상 재해', '대상재해', '대응 재해', '어떤 재해에',
    ],
  ],
  [
    'free',
    [
      '無料', 'むりょう', 'ただで', 'タダ', 'お金はかかり', 'お金かかる', 'おかね かかり', 'for free', 'free of charge', 'is it free', 'free entry', 'no charge',
      'costs nothing', 'free admission', '免费', '免費', '不要钱', '不要錢', '收费吗', '收費嗎', '要钱吗', '要錢嗎', '무료', '공짜', '돈이 드', '돈 내야',
    ],
  ],
  [
    'fee',
    [
      '料金', 'りょうきん', 'いくら', '入場料', '入館料', '入園料', '利用料', '使用料', '値段', 'ねだん', '費用', 'ひよう', '料金表', '保育料', 'お金',
      'fee', 'fees', 'cost', 'costs', 'price', 'prices', 'how much', 'admission', 'entrance fee', 'entry fee', 'ticket', 'tickets', 'charge',
      '费用', '費用', '多少钱', '多少錢', '门票', '門票', '票价', '票價', '收费', '收費', '价格', '價格', '价钱', '價錢', '入场费', '入場費',
      '요금', '입장료', '가격', '얼마', '이용료', '비용', '관람료', '티켓',
    ],
  ],
  [
    'open_days',
    [
      '休館日', 'きゅうかんび', '休園日', '定休日', 'ていきゅうび', 'って何曜', 'なんようび', 'まいにちあいて', '毎日開いて', '毎日あいて', '毎日やって', '星期几开', '星期幾開', '哪天开', '哪天開', '休み', 'やすみ', 'お休み', '休業日', '開館日', '営業日', '何曜日',
      'closed on', 'closing days', 'days off', 'which days', 'what days', 'day off', 'holidays', 'open every day', 'open on weekends', 'closed',
      '休息日', '休馆日', '休館日', '闭馆', '閉館', '哪天', '星期几', '星期幾', '周几', '週幾', '礼拜几', '禮拜幾', '开放日', '開放日',
      '휴관일', '휴관', '휴무', '쉬는 날', '무슨 요일', '어느 요일', '정기휴일',
    ],
  ],
  [
    'hours',
    [
      '何時', 'なんじ', 'なん時', 'って何時', 'ってなんじ', '営業時間', 'えいぎょうじかん', '開館時間', 'かいかんじかん', '利用時間', 'りようじかん', '開園時間', '受付時間', '使える時間',
      '使用時間', '開いて', 'あいて', '空いて', '開いてる', 'あいてる', '開く', 'あく', '開け', '閉ま', 'しまる', '閉館', 'へいかん', '閉園', '営業', '時間',
      'opening hours', 'opening time', 'open hours', 'hours', 'what time', 'open', 'opens', 'close', 'closes', 'closing', 'closing time',
      'late opening', 'open late', 'opening late', 'late nights', 'evening hours', 'night opening',
      '几点', '幾點', '开门', '開門', '关门', '關門', '营业时间', '營業時間', '开放时间', '開放時間', '开馆', '開館', '闭馆时间', '閉館時間',
      '时间', '時間', '营业', '營業', '开着', '開著', '开吗', '開嗎', '开不开', '開不開', '有开', '有開', '开门吗', '開門嗎',
      '몇 시', '몇시', '영업시간', '운영시간', '이용시간', '이용 시간', '개관 시간', '개관시간', '열어', '열려', '여나', '여는', '닫아', '닫나', '닫는',
      '문 열', '문 닫', '시간',
    ],
  ],
  [
    'phone',
    [
      '電話番号', 'でんわばんごう', '電話', 'でんわ', 'tel', '連絡先', 'れんらくさき', '問い合わせ先', '電話多少', '电话多少',
      'phone number', 'telephone', 'phone', 'call them', 'contact number', 'number to call', 'tel number', 'contact', 'how can i call', 'how do i call', 'how to call', 'phone no', 'tel no',
      '电话号码', '電話號碼', '电话', '電話', '联系方式', '聯繫方式', '联络', '聯絡', '联系电话', '聯絡電話', '电活', '電活',
      '전화번호', '전화 번호', '전화', '연락처',
    ],
  ],
  [
    'website',
    [
      'ホームページ', 'ほーむぺーじ', 'ウェブサイト', 'webサイト', 'サイト', 'url', 'hp', 'リンク', 'りんく', '公式サイト', 'ページ', 'ぺーじ',
      'website', 'web site', 'homepage', 'home page', 'web page', 'webpage', 'site', 'link', 'online',
      '网站', '網站', '官网', '官網', '网页', '網頁', '主页', '主頁', '网址', '網址', '链接', '連結', '网止', '網止',
      '홈페이지', '웹사이트', '사이트', '링크', '주소창', '홈패이지', '홈피',
    ],
  ],
  [
    'address',
    [
      '住所', 'じゅうしょ', '所在地', 'しょざいち', '番地',
      'address', 'street address', 'postal address',
      '地址', '住址', '所在地', '주소', '소재지', '地扯', '在什么地方', '在什麼地方', '在哪个地方', '在哪個地方',
    ],
  ],
  [
    'designated',
    [
      '指定された', '指定されたの', '指定日', 'していされた', 'いつ指定', '史跡になった', '史跡に指定', '文化財になった', 'designated', 'designation date', 'listed as',
      '被指定', '指定为', '指定為', '什么时候指定', '什麼時候指定', '指定日期', '成为史迹', '成為史蹟', '지정된', '지정됐', '지정되었', '지정일', '사적이 된', '사적으로 지정',
    ],
  ],
  [
    'description',
    [
      'どんな所', 'どんなところ', 'どんな場所', 'どういう所', 'どういうところ', 'どんな施設', 'どういう施設', 'どんなとこ', '何がある', 'なにがある', '何ができる',
      'について教えて', 'について', 'に ついて', 'ってなに', 'って何',
      '概要', '説明', 'せつめい', '紹介', '特徴',
      // when it was opened or built: what a description says (昭和37年開園)
      '何年に', 'なんねんに', 'いつできた', 'いつ出来た', 'いつ建て', 'いつ開園した', 'いつ開館した', '開園した年', '開館した年', '創立', '設立',
      'what year', 'when was it built', 'when was it founded', 'when did it open', 'when was it opened', 'year it opened', 'how old is',
      '哪一年', '哪年', '什么时候建', '什麼時候建', '什么时候开园', '什麼時候開園', '什么时候开馆', '什麼時候開館', '建于', '建於', '成立于', '成立於',
      '몇 년에', '언제 생겼', '언제 지어', '언제 개원', '언제 개관', '언제 만들어',
      // a height, an age, an area: what a description says (八丈富士 854.3 m)
      '高さ', 'たかさ', '標高', 'ひょうこう', 'height', 'how high', 'how tall', 'elevation', '多高', '高度', '海拔', '높이', '해발',
      'what is', "what's", 'whats', 'tell me about', 'what kind of place', 'what sort of place', 'describe', 'description', 'about', 'what can i do',
      'what can i see', 'what is it like', "what's it like", 'info', 'information', 'details', 'overview',
      '是什么', '是什麼', '介绍', '介紹', '怎么样', '怎麼樣', '是什么地方', '是什麼地方', '有什么', '有什麼', '简介', '簡介', '什么样', '什麼樣', '是个什么', '是個什麼',
      '어떤 곳', '어떤 데', '뭐예요', '뭐야', '소개', '설명', '무엇이 있', '뭐가 있', '뭐 하는',
    ],
  ],
];

/**
 * Words whose fact depends on the place asked about: "when" asks an event's dates or another place's hours,
 * "where" an event's venue or another place's address (resolved in the understand step).
 */
export const CONTEXTUAL_WORDS: ReadonlyArray<readonly ['when' | 'where', readonly string[]]> = [
  [
    'when',
    [
      'いつ', '何日', 'なんにち', '期間', 'きかん', '会期', 'かいき', '開催日', '開催期間', '日程', 'にってい', 'いつから', 'いつまで',
      'when', 'what dates', 'which dates', 'dates', 'date', 'until when', 'how long', 'period', 'schedule',
      '什么时候', '什麼時候', '何时', '何時', '日期', '期间', '期間', '到什么时候', '到什麼時候', '几号', '幾號', '日程',
      '언제', '기간', '일정', '며칠', '날짜',
    ],
  ],
  [
    'where',
    [
      'どこ', '場所', 'ばしょ', '位置', '会場', 'かいじょう', 'どこで',
      'where', 'location', 'venue', 'held at', 'located',
      '在哪', '哪里', '哪裡', '哪儿', '哪兒', '位置', '会场', '會場', '地点', '地點', '场所', '場所',
      '어디', '위치', '장소', '어디서',
    ],
  ],
];
