import type { Day, Feature, Hazard, ShelterGroup, Sight } from '../../core/question-frame.ts';

/**
 * Words that put a condition on the places asked for ("open on Sunday", "free", "for tsunami"), in the six
 * languages; compared like the attribute words (word-table.ts). A time of day is minutes after midnight: the
 * middle of the part of the day people mean.
 */

/** Days of the week, weekend and weekdays (several days: any of them), today and tomorrow (resolved by the clock). */
export const DAY_WORDS: ReadonlyArray<readonly [Day | 'hol' | 'weekend' | 'weekday' | 'today' | 'tomorrow', readonly string[]]> = [
  ['sun', ['日曜日', '日曜', 'にちようび', 'にちよう', 'sunday', 'sundays', 'sun.', '星期日', '星期天', '周日', '週日', '礼拜天', '禮拜天', '일요일']],
  ['mon', ['月曜日', '月曜', 'げつようび', 'げつよう', 'monday', 'mondays', '星期一', '周一', '週一', '礼拜一', '禮拜一', '월요일']],
  ['tue', ['火曜日', '火曜', 'かようび', 'かよう', 'tuesday', 'tuesdays', '星期二', '周二', '週二', '礼拜二', '禮拜二', '화요일']],
  ['wed', ['水曜日', '水曜', 'すいようび', 'すいよう', 'wednesday', 'wednesdays', '星期三', '周三', '週三', '礼拜三', '禮拜三', '수요일']],
  ['thu', ['木曜日', '木曜', 'もくようび', 'もくよう', 'thursday', 'thursdays', '星期四', '周四', '週四', '礼拜四', '禮拜四', '목요일']],
  ['fri', ['金曜日', '金曜', 'きんようび', 'きんよう', 'friday', 'fridays', '星期五', '周五', '週五', '礼拜五', '禮拜五', '금요일']],
  ['sat', ['土曜日', '土曜', 'どようび', 'どよう', 'saturday', 'saturdays', '星期六', '周六', '週六', '礼拜六', '禮拜六', '토요일']],
  ['hol', ['祝日', 'しゅくじつ', '祝祭日', '休日', 'きゅうじつ', 'public holiday', 'national holiday', 'holiday', '节假日', '節假日', '假日', '公休日', '공휴일', '휴일', '국경일']],
  ['weekend', ['週末', 'しゅうまつ', '土日', 'どにち', '土日祝', 'weekend', 'weekends', '周末', '週末', '주말']],
  ['weekday', ['平日', 'へいじつ', 'weekday', 'weekdays', '工作日', '平日', '평일', '주중']],
  ['today', ['今日', 'きょう', '本日', 'today', 'tonight', '今天', '今晚', '오늘', '오늘밤']],
  ['tomorrow', ['明日', 'あした', 'あす', 'tomorrow', '明天', '내일']],
];

/** Parts of the day, as the minute people most likely mean. */
export const TIME_OF_DAY_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [7 * 60, ['早朝', 'そうちょう', 'early morning', '清晨', '一大早', '새벽', '이른 아침']],
  [9 * 60, ['朝', 'あさ', '午前', 'ごぜん', 'morning', 'in the morning', '早上', '上午', '아침', '오전']],
  [12 * 60, ['昼', 'ひる', 'お昼', '正午', 'noon', 'lunchtime', 'midday', '中午', '午间', '午間', '점심', '정오', '낮']],
  [15 * 60, ['午後', 'ごご', 'afternoon', '下午', '오후']],
  [18 * 60, ['夕方', 'ゆうがた', 'evening', 'after work', '傍晚', '晚上', '저녁', '퇴근 후']],
  [21 * 60, ['夜', 'よる', '夜間', 'やかん', 'night', 'at night', 'tonight', '夜里', '夜裡', '晚间', '晚間', '夜间', '夜間', '밤', '야간']],
  [23 * 60 + 30, ['深夜', 'しんや', '夜中', 'よなか', 'late at night', 'late night', 'midnight', '深夜', '半夜', '凌晨', '심야', '한밤중', '새벽에']],
];

/** "Now": open at the moment the question is asked. */
export const NOW_WORDS: readonly string[] = [
  '今', 'いま', '現在', 'げんざい', '今すぐ', 'いますぐ', 'now', 'right now', 'currently', 'at the moment', 'open now',
  '现在', '現在', '目前', '此刻', '马上', '馬上', '지금', '현재', '당장',
];

/** Features a place can be required to have. */
export const FEATURE_WORDS: ReadonlyArray<readonly [Feature, readonly string[]]> = [
  [
    'wheelchair',
    [
      '車椅子', '車いす', 'くるまいす', 'バリアフリー', 'ばりあふりー', '多目的トイレ', '多機能トイレ', 'だれでもトイレ', '誰でもトイレ', '障害者用', '障がい者用',
      'wheelchair', 'wheel chair', 'accessible', 'barrier-free', 'barrier free', 'disabled', 'handicap', 'step-free', 'step free',
      '轮椅', '輪椅', '无障碍', '無障礙', '多功能厕所', '多功能廁所', '残疾人', '殘疾人', '휠체어', '장애인', '배리어프리', '무장애',
    ],
  ],
  ['ostomate', ['オストメイト', 'おすとめいと', 'ストーマ', 'ostomate', 'ostomy', 'stoma', '造口', '人工肛门', '人工肛門', '오스토메이트', '장루']],
  [
    'baby',
    [
      'おむつ', 'オムツ', 'おむつ替え', 'ベビーシート', 'ベビーベッド', 'ベビーチェア', 'ベビー', '赤ちゃん', 'あかちゃん', '乳幼児', '授乳',
      'baby', 'babies', 'diaper', 'nappy', 'changing table', 'baby changing', 'nursing room',
      '婴儿', '嬰兒', '宝宝', '寶寶', '尿布', '换尿布', '換尿布', '母婴', '母嬰', '哺乳', '아기', '기저귀', '수유실', '유아', '영유아',
    ],
  ],
  ['parking', ['駐車場', 'ちゅうしゃじょう', '駐車', 'パーキング', 'parking', 'car park', 'parking lot', '停车场', '停車場', '停车', '停車', '주차장', '주차']],
  [
    'accessible_parking',
    [
      '障害者用駐車場', '障害者駐車場', '身障者用駐車場', '身障者駐車場', '車いす用駐車場', '車椅子用駐車場', '車いす使用者用駐車場', '思いやり駐車場', 'しょうがいしゃようちゅうしゃじょう',
      'accessible parking', 'disabled parking', 'handicapped parking', 'blue badge parking', 'wheelchair parking',
      '无障碍停车位', '無障礙停車位', '残疾人停车位', '身障者停車位', '身障停車位', '残障停车位', '殘障停車位', '장애인 주차장', '장애인 주차', '장애인주차장',
    ],
  ],
  ['elevator', ['エレベーター', 'エレベータ', 'えれべーたー', 'elevator', 'elevators', 'lift', 'lifts', '电梯', '電梯', '升降机', '升降機', '엘리베이터', '승강기']],
  [
    'tertiary',
    [
      '救命救急センター', '救命救急', 'きゅうめいきゅうきゅう', '三次救急', 'さんじきゅうきゅう', 'tertiary', 'critical care', 'trauma center', 'trauma centre',
      '三级急救', '三級急救', '三次急救', '急救中心', '重症急救', '3차 응급', '삼차 응급', '권역응급', '중증 응급', '응급의료센터', '구명구급', '구명 구급', '3차 구급', '삼차 구급', '3차구급',
      '救命急救', '3次救急', '三次救治', 'emergency and critical care', 'critical-care',
    ],
  ],
  ['wide_area_core', ['広域基幹', 'こういききかん', '廣域基幹', '广域基干', '廣域基幹災害', 'wide-area core', 'wide area core', 'wide-area base', '광역기간', '광역 기간']],
  ['regional_core', ['地域災害拠点中核', '中核病院', '地域中核', '地域灾害据点中核', '地域災害據點中核', '中核医院', '中核醫院', 'regional core', '지역 재해거점 중핵', '중핵병원', '중핵 병원']],
  ['child_pads', ['小児用パッド', '小児用', '子ども用パッド', 'child pads', 'pediatric pads', 'paediatric pads', 'for children', '儿童用', '兒童用', '소아용', '어린이용']],
];

/** Whether it costs money. */
export const FEE_WORDS: ReadonlyArray<readonly ['free' | 'paid', readonly string[]]> = [
  ['free', ['無料', 'むりょう', 'ただで', 'タダ', 'free', 'free of charge', 'no charge', 'for free', 'free entry', 'free admission', '免费', '免費', '不要钱', '不要錢', '무료', '공짜']],
  ['paid', ['有料', 'ゆうりょう', 'paid', 'pay', 'charged', 'charge admission', '收费的', '收費的', '付费', '付費', '要收门票', '要收門票', '收门票', '收門票', '要门票', '要門票', '유료', '입장료가 있는']],
];

/** Hazards an evacuation site can be designated for. */
export const HAZARD_WORDS: ReadonlyArray<readonly [Hazard, readonly string[]]> = [
  ['tsunami', ['津波', 'つなみ', 'ツナミ', 'tsunami', 'tsunamis', 'tsumani', 'tidal wave', '海啸', '海嘯', '쓰나미', '지진해일']],
  ['earthquake', ['地震', 'じしん', '震災', 'earthquake', 'quake', 'earthquakes', '地震', '지진']],
  ['flood', ['洪水', 'こうずい', '水害', 'すいがい', '氾濫', '大雨', 'おおあめ', '豪雨', 'flood', 'flooding', 'river flood', 'heavy rain', '洪水', '洪灾', '洪災', '水灾', '水災', '暴雨', '大雨', '淹水', '홍수', '수해', '범람', '폭우', '큰비']],
  ['inland_flood', ['内水氾濫', 'ないすいはんらん', '浸水', 'しんすい', 'inland flooding', 'inundation', 'urban flooding', '内涝', '內澇', '积水', '積水', '內水氾濫', '内水泛滥', '內水泛濫', '침수', '내수 범람', '내수범람']],
  ['storm_surge', ['高潮', 'たかしお', 'storm surge', '风暴潮', '風暴潮', '暴潮', '해일', '폭풍 해일']],
  ['landslide', ['土砂災害', 'どしゃさいがい', '土砂崩れ', 'がけ崩れ', '崖崩れ', '土石流', '地滑り', 'landslide', 'landslides', 'mudslide', '山体滑坡', '山體滑坡', '泥石流', '塌方', '산사태', '토사', '산사태 대피']],
  ['large_fire', ['大規模な火事', '大火事', '火事', 'かじ', '火災', 'かさい', 'fire', 'large fire', 'big fire', '火灾', '火災', '大火', '화재', '큰 불', '대형 화재']],
  ['volcano', ['火山', 'かざん', '噴火', 'ふんか', 'volcano', 'eruption', 'volcanic', '火山', '喷发', '噴發', '화산', '분화']],
];

/** A shelter anyone may use, not only the people the municipality designates. */
export const ADMITS_EVERYONE_WORDS: readonly string[] = [
  '誰でも', 'だれでも', '一般の人', 'いっぱんの', '観光客も', '旅行者も', '外国人も', 'anyone', 'everyone', 'anybody', 'the general public',
  'general public', 'tourists', 'any person', '任何人', '所有人', '一般人', '游客也', '遊客也', '外国人也', '外國人也', '누구나', '아무나', '일반인', '관광객도', '외국인도',
];

/** Events that have not ended. */
export const UPCOMING_WORDS: readonly string[] = [
  'これから', '今後', 'こんご', '予定', 'よてい', '今週', 'こんしゅう', '今月', 'こんげつ', '来週', 'らいしゅう', '来月', '今度', '次の', '開催中', 'やってる',
  'upcoming', 'this week', 'next week', 'this month', 'next month', 'coming up', 'on now', 'currently on', 'future', 'soon', 'this weekend',
  '即将', '即將', '接下来', '接下來', '本周', '本週', '这周', '這週', '下周', '下週', '这个月', '這個月', '下个月', '下個月', '最近的活动', '最近的活動', '正在举办', '正在舉辦',
  '이번 주', '다음 주', '이번 달', '다음 달', '예정', '앞으로', '다가오는', '진행 중', '하는 중',
];

/**
 * Railway companies and their lines, as the station toilet data names the company (its `operator`): "the Ginza
 * line's toilet at Asakusa" is Tokyo Metro's, not Tobu's next door. Only the companies the data holds.
 */
export const OPERATOR_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    '東京地下鉄',
    [
      '東京メトロ', 'メトロ', '銀座線', '丸ノ内線', '丸の内線', '日比谷線', '東西線', '千代田線', '有楽町線', '半蔵門線', '南北線', '副都心線',
      'tokyo metro', 'metro', 'ginza line', 'marunouchi line', 'hibiya line', 'tozai line', 'chiyoda line', 'yurakucho line', 'hanzomon line', 'namboku line', 'fukutoshin line',
      '东京地铁', '東京地鐵', '银座线', '丸之内线', '丸之內線', '日比谷线', '东西线', '東西線', '千代田线', '有乐町线', '有樂町線', '半藏门线', '半藏門線', '南北线', '副都心线',
      '도쿄 메트로', '도쿄메트로', '메트로', '긴자선', '마루노우치선', '히비야선', '도자이선', '지요다선', '치요다선', '유라쿠초선', '한조몬선', '난보쿠선', '후쿠토신선',
    ],
  ],
  ['東日本旅客鉄道', ['JR東日本', 'ＪＲ', 'JR', '山手線', '中央線', '総武線', '京浜東北線', '埼京線', 'jr east', 'jr', 'yamanote line', 'chuo line', 'sobu line', '山手线', '中央线', '总武线', '總武線', '야마노테선', '주오선']],
  ['京浜急行電鉄', ['京急', 'keikyu', '京急线', '京急線', '게이큐', '케이큐']],
  ['東京臨海高速鉄道', ['りんかい線', '臨海線', 'rinkai line', 'rinkai', '临海线', '린카이선']],
  ['ゆりかもめ', ['ゆりかもめ', 'yurikamome', '百合海鸥', '百合海鷗', '유리카모메']],
  ['東急電鉄', ['東急', 'tokyu', '东急', '도큐', '도큐선']],
  ['京王電鉄', ['京王線', '京王', 'keio line', '京王线', '게이오선']],
  ['小田急電鉄', ['小田急', 'odakyu', '小田急线', '오다큐']],
  ['西武鉄道', ['西武線', '西武', 'seibu', '西武线', '세이부']],
  ['東武鉄道', ['東武線', '東武', 'tobu', '东武', '도부']],
  ['京成電鉄', ['京成', 'keisei', '京成线', '게이세이']],
  ['首都圏新都市鉄道', ['つくばエクスプレス', 'tsukuba express', '筑波快线', '筑波快線', '쓰쿠바 익스프레스']],
  ['多摩都市モノレール', ['多摩モノレール', 'tama monorail', '多摩单轨', '多摩單軌', '다마 모노레일']],
  ['東京モノレール', ['東京モノレール', 'tokyo monorail', '东京单轨', '東京單軌', '도쿄 모노레일']],
];

/** A wide-area evacuation site (広域避難場所), the designation for large fires after an earthquake. */
export const WIDE_AREA_WORDS: readonly string[] = [
  '広域避難場所', 'こういきひなんばしょ', '広域避難地', 'wide-area evacuation', 'wide area evacuation', 'wide-area', '广域避难场所', '廣域避難場所', '广域避难所', '廣域避難所', '광역 대피', '광역대피', '광역 피난', '광역피난',
];

/**
 * Kinds of sight asked for by what they are ("viewpoints on Hachijo", 八丈島の展望台, 하치조지마 전망대). The data
 * says the kind only in the names (登龍峠展望, 裏見ヶ滝), by the parts in SIGHT_NAME_PARTS.
 */
export const SIGHT_WORDS: ReadonlyArray<readonly [Sight, readonly string[]]> = [
  ['viewpoint', ['展望台', '展望', 'てんぼうだい', 'てんぼう', 'observation deck', 'observation point', 'viewpoint', 'view point', 'lookout', 'scenic view', 'observatory', '观景台', '觀景台', '瞭望台', '전망대', '전망']],
  ['waterfall', ['滝', 'waterfall', 'falls', '瀑布', '폭포']],
  ['beach', ['海岸', 'ビーチ', 'かいがん', 'beach', 'beaches', 'coast', 'shore', 'seaside', '海滩', '海灘', '海边', '海邊', '해변', '해안', '바닷가']],
  ['lighthouse', ['灯台', 'とうだい', 'lighthouse', '灯塔', '燈塔', '등대']],
  ['tumulus', ['古墳', 'こふん', 'kofun', 'burial mound', 'tumulus', 'tumuli', '古坟', '고분']],
  ['ruins', ['遺跡', 'いせき', '遺構', 'ruins', 'archaeological site', '遗迹', '遺蹟', '遗址', '遺址', '유적']],
  ['castle', ['城跡', '城址', 'しろあと', 'お城', 'castle', 'castles', '城堡', '성터', '성곽']],
  ['garden', ['庭園', 'ていえん', '日本庭園', 'japanese garden', 'landscape garden', '庭园', '日式庭园', '日式庭園', '정원', '일본 정원']],
];

/** The parts of a name that say the kind of sight (浜 in 乙千代ヶ浜 is a beach). */
export const SIGHT_NAME_PARTS: Readonly<Record<Sight, readonly string[]>> = {
  viewpoint: ['展望'],
  waterfall: ['滝'],
  beach: ['海岸', '浜'],
  lighthouse: ['灯台'],
  tumulus: ['古墳', '塚'],
  ruins: ['遺跡', '遺構', '跡'],
  castle: ['城'],
  garden: ['庭園'],
};

/**
 * Shelters for a group of people: welfare shelters (福祉避難所), or those that take elderly people, people with
 * disabilities, pregnant women and infants (the GSI data's 受入対象者). Read only of shelters and evacuation sites.
 */
export const SHELTER_GROUP_WORDS: ReadonlyArray<readonly [ShelterGroup, readonly string[]]> = [
  ['welfare', ['福祉避難所', 'ふくしひなんじょ', 'ふくし ひなんじょ', '要配慮者', 'ようはいりょしゃ', 'welfare shelter', 'welfare shelters', 'welfare evacuation', 'people who need care', 'people needing care', '福祉避难所', '福利避难所', '福利避難所', '복지 피난소', '복지피난소', '복지 대피소', '복지대피소']],
  ['elderly', ['高齢者', 'こうれいしゃ', 'お年寄り', 'おとしより', '老人', 'elderly', 'older people', 'old people', 'seniors', 'senior citizens', '老年人', '高龄者', '高齡者', '长者', '長者', '고령자', '노인', '어르신']],
  ['disabled', ['障害者', '障がい者', '障碍者', 'しょうがいしゃ', '障害のある', '障がいのある', 'しょうがいの ある', 'disabled', 'disabilities', 'disability', '残疾人', '残障', '身心障礙', '身障', '障礙者', '장애인', '장애가 있는']],
  ['pregnant', ['妊産婦', '妊婦', 'にんぷ', 'にんさんぷ', 'pregnant', 'expectant mothers', '孕妇', '孕婦', '婴幼儿', '嬰幼兒', '임산부', '임신부', '영유아']],
];

/** How a shelter's record (受入対象者, or its name: （高齢者優先）) names each group. */
export const SHELTER_GROUP_TEXT: Readonly<Record<Exclude<ShelterGroup, 'welfare'>, RegExp>> = {
  elderly: /高齢|老人|お年寄り|要介護/,
  disabled: /障害|障がい|障碍/,
  pregnant: /妊産婦|妊婦|乳幼児|乳児|赤ちゃん/,
};

