import type { DeclineReason } from '../../core/question-frame.ts';

/**
 * Words of questions no official data here can answer, per reason, in the six languages: they are declined with
 * the official contact, whatever the conversation was about. `strong` words decline even beside a topic word
 * ("weather at the shelter tomorrow"); the others only when the question names no kind of place and no fact.
 */
export const DECLINE_WORDS: ReadonlyArray<readonly [DeclineReason, { strong: readonly string[]; weak: readonly string[] }]> = [
  [
    'forecast',
    {
      strong: [
        '天気', 'てんき', '天気予報', '予報', '気温', 'きおん', '降水確率', '雨が降', 'あめがふ', '雪が降', '花粉', '地震予知', '次の地震', '地震はいつ',
        // (asking whether one will come, not what to do when it comes: 地震が来たら is a question about shelters)
        '地震が来ますか', '地震は来ますか', '地震が来るか', '地震は来るか', '地震が来るの', '地震が起きますか', '地震は起きますか', '地震が起きるか',
        'じしんがきますか', 'じしんはきますか', 'じしんがくるか', 'じしんがくるの', 'じしんがおきますか', 'will there be an earthquake', 'will an earthquake',
        'is an earthquake coming', 'when will the next', 'going to hit', 'typhoon coming', 'will there be a typhoon', 'will a typhoon', '台風が来ますか', '台風は来ますか', '台風が来るか',
        '会有台风', '會有颱風', '台风吗', '颱風嗎', '台风会来', '颱風會來', '태풍이 올', '태풍 와요', '会地震吗', '會地震嗎', '会不会地震', '會不會地震', '会发生地震吗', '會發生地震嗎',
        '지진이 올까', '지진이 와요?', '지진이 일어날까', '지진 와요?', '지진이 오나요',
        '地震くる?', '地震来る?', '地震くるの', '地震来るの', 'じしんくる?', 'じしんくるの', '明日地震', '明日の地震', 'あした地震', 'あしたじしん', 'あしたのじしん', '今日地震',
        '大地震什么时候', '大地震什麼時候', '地震什么时候', '地震什麼時候', '什么时候地震', '什麼時候地震', '地震何时', '地震何時', '明天会地震', '明天會地震', '明天地震',
        '내일 지진', '지진 언제', '지진은 언제', '지진이 언제', '次の大地震', '大地震はいつ', '大地震っていつ', '地震っていつ', 'いつ来る', 'いつくる', 'いつ起きる', 'いつおきる', 'earthquake tomorrow', 'next big earthquake', 'when will the big one',
        '開花予想', '開花日', 'いつ咲く', 'いつさく', 'cherry blossom forecast', 'when will the cherry blossoms', 'when do the cherry blossoms', '樱花什么时候开', '櫻花什麼時候開', '樱花几时开', '櫻花幾時開', '花期预测', '벚꽃 개화', '벚꽃은 언제', '벚꽃 언제',
        'weather', 'forecast', 'temperature', 'will it rain', 'going to rain', 'rain tomorrow', 'chance of rain', 'next earthquake', 'earthquake prediction',
        '天气', '天氣', '天气预报', '天氣預報', '气温', '氣溫', '会下雨', '會下雨', '下雨吗', '下雨嗎', '预报', '預報', '下一次地震', '地震预测', '地震預測',
        '날씨', '일기예보', '기온', '비가 오', '비 와', '비와', '예보', '다음 지진', '지진 예측',
      ],
      weak: ['雨', 'あめ', '晴れ', 'rain', 'sunny', '下雨', '晴天', '비', '맑'],
    },
  ],
  [
    'money',
    {
      strong: [
        '税金', 'ぜいきん', '住民税', '所得税', '固定資産税', '確定申告', '給付金', 'きゅうふきん', '手当', 'てあて', '補助金', '助成金', '年金', 'ねんきん',
        '保険料', '児童手当', '生活保護', 'いくらもらえ', '還付', '国民健康保険', '国保', '健康保険料', '子育て支援金', '出産一時金',
        '地震保険', 'じしんほけん', 'じしんのほけん', '火災保険', 'かさいほけん', '保険はいくら', 'ほけんはいくら', 'earthquake insurance', 'fire insurance', 'insurance',
        '地震保险', '地震保險', '火灾保险', '火災保險', '保险多少钱', '保險多少錢', '지진 보험', '지진보험', '화재 보험', '화재보험',
        'tax', 'taxes', 'income tax', 'resident tax', 'tax return', 'benefit', 'benefits', 'subsidy', 'subsidies', 'allowance', 'pension',
        'welfare payment', 'child allowance', 'how much will i get', 'refund', 'health insurance', 'insurance premium', 'national health insurance',
        '税', '税金', '稅金', '个税', '住民税', '補助金', '补助金', '补贴', '補貼', '津贴', '津貼', '养老金', '養老金', '年金', '低保', '退税', '退稅',
        '国民健康保险', '國民健康保險', '健康保险费', '健康保險費', '保险费', '保險費', '育儿补助', '育兒補助', '补助', '補助', '领多少钱', '領多少錢',
        '세금', '주민세', '소득세', '연말정산', '지원금', '보조금', '수당', '연금', '환급', '생활보호', '건강보험', '보험료', '육아 지원',
      ],
      weak: [],
    },
  ],
  [
    'immigration',
    {
      strong: [
        'ビザ', 'びざ', '査証', '在留カード', '在留資格', 'ざいりゅう', '入管', '出入国', '永住', '帰化', '就労ビザ',
        'visa', 'visas', 'residence card', 'residence status', 'status of residence', 'immigration', 'permanent residency', 'permanent resident',
        'naturalization', 'work permit',
        '签证', '簽證', '在留卡', '居留卡', '在留资格', '在留資格', '入管局', '移民', '永住权', '永住權', '入籍', '工作签证', '工作簽證',
        '비자', '체류카드', '체류 카드', '재류카드', '재류 카드', '체류 자격', '출입국', '영주권', '귀화', '취업비자',
      ],
      weak: [],
    },
  ],
  [
    'service',
    {
      strong: [
        '住民票', 'じゅうみんひょう', '転入届', '転出届', '転居届', '印鑑登録', '戸籍', 'ごみの出し方', 'ゴミの出し方',
        'ごみの日', 'ゴミの日', '粗大ごみ', '粗大ゴミ', 'ごみ収集', '婚姻届', '出生届', 'パスポートの申請', '証明書の発行',
        'ごみをだす', 'ごみを出す', 'ごみをすて', 'ごみを捨て', 'ごみのだしかた', 'そだいごみ', 'ごみ出し', 'ゴミ出し', 'ごみのひ', '引っ越しの手続き',
        'ごみの収集', 'ゴミの収集', '収集日', 'しゅうしゅうび', '回収日', 'ごみ回収', 'ゴミ回収', 'ごみのしゅうしゅう', '住所変更', '引っ越し', '引越し', 'ひっこし', '転居', '転入',
        'すむところのてつづき', '住むところの手続き', '住む所の手続き', '住民登録', 'じゅうみんとうろく',
        'garbage collection', 'trash collection', 'change of address', 'moving house', 'register my address', 'address registration',
        '垃圾收集', '收垃圾', '垃圾回收', '搬家手续', '搬家手續', '地址变更', '地址變更', '쓰레기 수거', '수거일', '이사 신고', '주소 변경',
        'resident registration', 'residence certificate', 'moving in', 'move-in notification', 'seal registration',
        'garbage', 'trash', 'rubbish', 'recycling day', 'bulky waste', 'marriage registration', 'birth registration', 'passport application',
        '住民票', '户籍', '戶籍', '迁入', '遷入', '垃圾', '倒垃圾', '扔垃圾', '大型垃圾', '印章登记', '印章登記',
        '주민표', '전입신고', '전출신고', '인감등록', '인감 등록', '쓰레기', '분리수거', '대형 쓰레기', '혼인신고', '출생신고',
      ],
      // a My Number beside a question about a place is the user's own number (redacted), not a question about the card
      weak: ['マイナンバーカード', 'マイナンバー', 'my number card', 'my number', '个人编号', '個人編號', '마이넘버', '申請', 'しんせい', '手続き', 'てつづき', 'apply for', 'application form', 'procedure', '申请', '申請', '手续', '手續', '신청', '절차'],
    },
  ],
  [
    'beyond_data',
    {
      strong: [
        '何冊', 'なんさつ', '貸出', '貸し出し', 'かしだし', '予約', 'よやく', 'パスワード', '混雑', 'こんざつ',
        '家賃', 'やちん', '相場', '不動産', '翻訳して', 'ほんやくして', 'rent', 'rents', 'rental price', 'apartment price', 'translate this', 'translate it', 'translate for me', '房租', '租金', '房价', '房價', '翻译成', '翻譯成', '帮我翻译', '幫我翻譯', '월세', '전세', '집값', '시세', '번역해',
        '空き状況', '待ち時間', '待機児童', '空き', '入園できる', 'Wi-Fiの速度', '速度',
        'メールアドレス', 'メアド', 'eメール', '電子メール', '蔵書', 'ぞうしょ', '本は何冊', 'ファックス', 'fax',
        'borrow', 'lending', 'loan period', 'reservation', 'reservations', 'reserve', 'booking', 'book a', 
        '館長', 'かんちょう', '園長', '校長', 'director', 'principal', '馆长', '관장', '교장',
        'コインロッカー', 'こいんろっかー', 'ロッカー', 'coin locker', 'coin lockers', 'locker', 'lockers', '投币寄存柜', '投幣寄物櫃', '寄存柜', '寄物櫃', '储物柜', '置物櫃', '코인로커', '코인 로커', '물품보관함',
        '自習室', 'じしゅうしつ', '学習室', 'がくしゅうしつ', 'study room', 'study space', '自习室', '자습실', '열람실', '독서실',
        '弁償', 'べんしょう', '紛失', 'なくしたら', '無くしたら', 'lost a book', 'lose a book', '赔偿', '賠償', '변상',
        '使い方', 'つかいかた', '使いかた', 'how to use', 'how do i use', '使用方法', '怎么用', '怎麼用', '사용법', '사용 방법',
        '野餐', 'picnic', 'ピクニック', 'ぴくにっく', '피크닉', 'バーベキュー', 'bbq', 'barbecue', '烧烤', '燒烤', '바비큐',
        '座席数', '座席', '席数', 'せきすう', 'ざせき', 'seats', 'seating', '座位', '좌석', 'パンダ', 'ぱんだ', 'panda', 'pandas', '熊猫', '貓熊', '판다', '何匹', '何頭', '몇 마리',
        'まっているひと', 'まってるひと', '待っている人', '待ってる人', '待ち人数', '等候人数', '等候人數', '대기 인원', '대기자',
        'password', 'crowded', 'busy', 'waiting time', 'wait time', 'vacancy', 'vacancies', 'waiting list', 'speed',
        'email', 'e-mail', 'email address', 'mail address', 'how many books', 'books does', 'book collection',
        '借书', '借書', '借几本', '借幾本', '预约', '預約', '预订', '預訂', '密码', '密碼', '拥挤', '擁擠', '人多', '空位', '网速', '網速',
        '邮箱', '郵箱', '电子邮件', '電子郵件', '电邮', '電郵', '传真', '傳真', '藏书', '藏書', '多少本书', '多少本書',
        '대출', '예약', '비밀번호', '패스워드', '혼잡', '붐비', '대기', '빈자리', '속도',
        '이메일', '메일 주소', '메일주소', '팩스', '장서', '책이 몇', '몇 권',
      ],
      weak: [],
    },
  ],
  [
    'recommendation',
    {
      strong: [
        '夜店', 'nightclub', 'night club', 'ナイトクラブ', '클럽', '夜总会', '夜總會', 'for a date', 'date night', 'romantic', 'デートに', 'デート向き', '约会', '約會', '데이트',
        '美味しい', 'おいしい', 'ランキング', '人気の', 'レストラン', 'ホテル', '旅館', 'ラーメン', '寿司', '居酒屋', 'カフェ',
        'ご飯', 'ごはん', '食事', '買い物', 'かいもの', 'ショッピング', 'お土産', 'おみやげ', 'デート', '夜景',
        'delicious', 'restaurant', 'restaurants', 'hotel', 'hotels', 'ramen', 'sushi', 'izakaya', 'cafe', 'bar',
        'where to eat', 'something to eat', 'food', 'shopping', 'souvenir', 'souvenirs', 'nightlife', 'date spot',
        '好吃', '美食', '餐厅', '餐廳', '饭店', '飯店', '酒店', '旅馆', '旅館', '拉面', '拉麵', '寿司', '壽司', '咖啡', '购物', '購物', '买东西', '買東西', '特产', '特產',
        '맛집', '맛있는', '식당', '레스토랑', '호텔', '라멘', '초밥', '카페', '술집', '쇼핑', '기념품', '먹을',
      ],
      // "recommend" alone declines; beside a kind of place the data holds it asks for a list ("八丈島の観光地おすすめ")
      weak: ['おすすめ', 'オススメ', 'お勧め', 'お薦め', 'recommend', 'recommendation', 'recommendations', '推荐', '推薦', '추천', '楽しい', 'たのしい', 'fun', 'nice', 'best', '好玩', '最好', '재미있는', '최고'],
    },
  ],
  [
    'transport',
    {
      strong: [
        '時刻表', 'じこくひょう', '終電', 'しゅうでん', '始発', '運賃', 'うんちん', '遅延', 'ちえん', '運行状況', '乗り換え', 'のりかえ', 'タクシー',
        'timetable', 'train times', 'last train', 'first train', 'fare', 'fares', 'delay', 'delays', 'train status', 'transfer', 'taxi',
        '时刻表', '時刻表', '末班车', '末班車', '首班车', '首班車', '票价', '車資', '车费', '延误', '延誤', '换乘', '換乘', '出租车', '計程車',
        '시간표', '막차', '첫차', '운임', '요금표', '지연', '환승', '택시',
      ],
      // (a way to a place is its access, a fact records hold: 行き方, how do I get to, 怎么去 are attribute words)
      weak: ['空港', 'airport', '机场', '機場', '공항'],
    },
  ],
];

/**
 * Pets: whether one may bring them is a rule of the place, not in the data, so a question about them is declined
 * (beyond_data), but not a question for the nearest place of a kind that only mentions them ("closest park? want
 * to take my dog for a walk").
 */
export const PET_WORDS: readonly string[] = [
  'ペット', 'ぺっと', '犬', 'いぬ', '猫', 'ねこ', 'pet', 'pets', 'dog', 'dogs', 'cat', 'cats', '宠物', '寵物', '狗', '猫', '貓',
  '반려동물', '반려견', '애완', '강아지', '개를', '개랑', '고양이',
];

/** Tokyo's own name, which holds one of the places outside it (東京都 holds 京都). */
export const TOKYO_ITSELF_WORDS: readonly string[] = ['東京都', '东京都', 'とうきょうと'];

/**
 * Places outside Tokyo people ask about: the service answers for Tokyo only. (Tokyo's own municipalities are
 * recognised first, so a Tokyo town that shares a name with one of these is never declined.)
 */
export const OUTSIDE_TOKYO_WORDS: readonly string[] = [
  '大阪', 'おおさか', '京都', 'きょうと', '横浜', 'よこはま', '神奈川', '埼玉', 'さいたま', '千葉', 'ちば', '名古屋', 'なごや', '愛知', '北海道', '札幌', '沖縄', 'おきなわ',
  '福岡', '神戸', '奈良', '広島', '仙台', '箱根', '鎌倉', '日光', '富士山', '成田',
  'ディズニー', 'でぃずにー', '舞浜', 'disney', 'disneyland', 'disneysea', 'maihama', '迪士尼', '디즈니',
  'osaka', 'kyoto', 'yokohama', 'kanagawa', 'saitama', 'chiba', 'nagoya', 'aichi', 'hokkaido', 'sapporo', 'okinawa', 'fukuoka', 'kobe', 'nara',
  'hiroshima', 'sendai', 'hakone', 'kamakura', 'nikko', 'mt fuji', 'mount fuji', 'mt. fuji', 'seoul', 'beijing', 'shanghai', 'taipei', 'new york', 'london',
  '大阪', '京都', '横滨', '橫濱', '名古屋', '北海道', '冲绳', '沖繩', '福冈', '福岡', '神户', '神戶', '奈良', '广岛', '廣島', '富士山', '首尔', '首爾', '北京', '上海', '台北',
  '오사카', '교토', '요코하마', '가나가와', '사이타마', '지바', '나고야', '홋카이도', '삿포로', '오키나와', '후쿠오카', '고베', '나라', '히로시마', '하코네', '가마쿠라', '후지산',
  '서울', '부산', '베이징', '상하이', '타이베이',
];
