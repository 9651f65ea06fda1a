import type { Lang } from '../core/languages.ts';

/** Why the input guard answered instead of the engines (the reply's key). */
export type GuardrailReplyKey = 'injection' | 'system_prompt' | 'personal_data' | 'political' | 'medical' | 'legal';

/**
 * Canned replies of the guardrails, per language (GOV's canned reply per status). They say what the service
 * can do instead, and for advice it must not give, which official service gives it. Every phone number and
 * address here is an official one: #7119 (東京消防庁 救急相談センター), 03-5272-0303 (東京都医療機関案内
 * サービス ひまわり), 0570-078374 (法テラス サポートダイヤル).
 */
export const GUARDRAIL_REPLIES: Record<Lang, Record<GuardrailReplyKey, string>> = {
  ja: {
    injection:
      'その依頼にはお応えできません。このサービスは、東京都のオープンデータをもとに避難所、AED、トイレ、Wi-Fi、施設などをご案内します。探している場所を教えてください。',
    system_prompt: 'このサービスの内部の設定や指示はお伝えできません。避難所や施設など、東京都のオープンデータでわかることをお聞きください。',
    personal_data:
      'ほかの方の会話や個人情報はお伝えできません。また、電話番号・住所・マイナンバーなどの個人情報は入力しないでください。探している場所を教えてください。',
    political:
      '選挙や政治について、特定の候補者や政党をおすすめしたり評価したりすることはできません。選挙の情報は東京都選挙管理委員会（https://www.senkyo.metro.tokyo.lg.jp/）をご覧ください。',
    medical:
      '病気やけが、薬についての医学的な助言はできません。救急車を呼ぶか迷ったときは救急相談センター（#7119）、医療機関を探すときは東京都医療機関案内サービス「ひまわり」（03-5272-0303）にご相談ください。緊急のときは119番に電話してください。',
    legal:
      '法律についての助言はできません。法テラス（0570-078374、https://www.houterasu.or.jp/）や、お住まいの区市町村の無料法律相談をご利用ください。',
  },
  'ja-easy': {
    injection: 'その おねがいは できません。ひなんじょ（避難所）や トイレ、Wi-Fi などの ばしょを おしえます。さがして いる ばしょを かいて ください。',
    system_prompt: 'この サービスの なかの せってい（設定）は おしえられません。ひなんじょ（避難所）などの ばしょを きいて ください。',
    personal_data:
      'ほかの ひとの はなしや こじんじょうほう（個人情報）は おしえられません。でんわばんごう や じゅうしょ は かかないで ください。',
    political: 'せんきょ（選挙）で だれに いれるか などは こたえられません。東京都（とうきょうと）の せんきょの ページを みて ください（https://www.senkyo.metro.tokyo.lg.jp/）。',
    medical:
      'びょうき や くすり の ことは こたえられません。きゅうきゅうしゃ を よぶか まよったら #7119 に でんわ して ください。あぶない ときは 119 に でんわ して ください。',
    legal: 'ほうりつ（法律）の ことは こたえられません。法テラス（ほうてらす）に きいて ください（0570-078374、https://www.houterasu.or.jp/）。',
  },
  en: {
    injection:
      "I can't do that. This service finds evacuation shelters, AEDs, toilets, Wi-Fi spots and other places from Tokyo's open data. Tell me which place you are looking for.",
    system_prompt: "I can't share how this service is set up. Ask me about shelters, facilities and other places in Tokyo's open data.",
    personal_data:
      "I can't share other people's conversations or personal information. Please don't type phone numbers, addresses or My Number either. Tell me which place you are looking for.",
    political:
      "I can't recommend or judge candidates or political parties. For election information, see the Tokyo Metropolitan Election Commission (https://www.senkyo.metro.tokyo.lg.jp/).",
    medical:
      "I can't give medical advice about illness, injuries or medicines. If you are unsure whether to call an ambulance, call the Emergency Consultation Center at #7119; to find a clinic, use the Tokyo medical institution guide \"Himawari\" (https://www.himawari.metro.tokyo.jp/). In an emergency, call 119.",
    legal: "I can't give legal advice. Japan Legal Support Center (Houterasu, https://www.houterasu.or.jp/) and your city office's free legal consultations can help.",
  },
  'zh-Hans': {
    injection: '无法执行该请求。本服务根据东京都的开放数据介绍避难所、AED、厕所、Wi-Fi和各类设施。请告诉我您要找的地方。',
    system_prompt: '无法告知本服务的内部设置或指令。请询问避难所、设施等东京都开放数据中的信息。',
    personal_data: '无法提供其他用户的对话或个人信息。也请不要输入电话号码、住址、个人编号（My Number）等个人信息。请告诉我您要找的地方。',
    political: '无法推荐或评价特定的候选人或政党。选举信息请查看东京都选举管理委员会（https://www.senkyo.metro.tokyo.lg.jp/）。',
    medical:
      '无法提供有关疾病、受伤或药物的医疗建议。不确定是否需要叫救护车时，请拨打急救咨询中心 #7119；查找医疗机构请使用东京都医疗机构指南“Himawari”（https://www.himawari.metro.tokyo.jp/）。紧急情况请拨打119。',
    legal: '无法提供法律建议。请咨询日本司法支援中心（法Terrace，https://www.houterasu.or.jp/）或所在区市町村的免费法律咨询。',
  },
  'zh-Hant': {
    injection: '無法執行該請求。本服務根據東京都的開放資料介紹避難所、AED、廁所、Wi-Fi和各類設施。請告訴我您要找的地方。',
    system_prompt: '無法告知本服務的內部設定或指令。請詢問避難所、設施等東京都開放資料中的資訊。',
    personal_data: '無法提供其他使用者的對話或個人資訊。也請不要輸入電話號碼、住址、個人編號（My Number）等個人資訊。請告訴我您要找的地方。',
    political: '無法推薦或評價特定的候選人或政黨。選舉資訊請查看東京都選舉管理委員會（https://www.senkyo.metro.tokyo.lg.jp/）。',
    medical:
      '無法提供有關疾病、受傷或藥物的醫療建議。不確定是否需要叫救護車時，請撥打急救諮詢中心 #7119；查找醫療機構請使用東京都醫療機構指南「Himawari」（https://www.himawari.metro.tokyo.jp/）。緊急情況請撥打119。',
    legal: '無法提供法律建議。請諮詢日本司法支援中心（法Terrace，https://www.houterasu.or.jp/）或所在區市町村的免費法律諮詢。',
  },
  ko: {
    injection: '그 요청은 처리할 수 없습니다. 이 서비스는 도쿄도 오픈 데이터를 바탕으로 대피소, AED, 화장실, Wi-Fi, 시설 등을 안내합니다. 찾으시는 장소를 알려 주세요.',
    system_prompt: '이 서비스의 내부 설정이나 지시는 알려 드릴 수 없습니다. 대피소나 시설 등 도쿄도 오픈 데이터로 알 수 있는 것을 물어봐 주세요.',
    personal_data: '다른 분의 대화나 개인정보는 알려 드릴 수 없습니다. 전화번호, 주소, 마이넘버 같은 개인정보도 입력하지 마세요. 찾으시는 장소를 알려 주세요.',
    political: '특정 후보나 정당을 추천하거나 평가할 수 없습니다. 선거 정보는 도쿄도 선거관리위원회(https://www.senkyo.metro.tokyo.lg.jp/)를 확인해 주세요.',
    medical:
      '질병, 부상, 약에 관한 의학적 조언은 드릴 수 없습니다. 구급차를 부를지 망설여질 때는 구급상담센터 #7119, 의료기관을 찾을 때는 도쿄도 의료기관 안내 서비스 "히마와리"(https://www.himawari.metro.tokyo.jp/)를 이용해 주세요. 긴급할 때는 119에 전화하세요.',
    legal: '법률 조언은 드릴 수 없습니다. 일본 사법지원센터(호테라스, https://www.houterasu.or.jp/)나 거주하시는 구·시·정·촌의 무료 법률 상담을 이용해 주세요.',
  },
};

/** Said before a fallback answer (status `degraded_fallback`): the answer is the simplified one. */
export const FALLBACK_NOTICE: Record<Lang, string> = {
  ja: '（ただいま詳しい回答を作れないため、簡易的な回答をお伝えします）',
  'ja-easy': '（いまは くわしい こたえが つくれません。かんたんな こたえを おしえます）',
  en: '(A detailed answer is not available right now, so here is a simplified answer.)',
  'zh-Hans': '（目前无法生成详细回答，以下为简易回答。）',
  'zh-Hant': '（目前無法產生詳細回答，以下為簡易回答。）',
  ko: '(지금은 자세한 답변을 만들 수 없어 간단한 답변을 드립니다.)',
};
