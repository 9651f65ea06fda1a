/* eslint-disable security/detect-unsafe-regex -- every pattern is bounded ({0,n} repeats) and runs on at most 1,000 characters */
import { type GuardRule, rules } from './rule.ts';

// English rules read lower-case words separated by single spaces (fold-text.ts), leetspeak undone.
// CJK rules read the same text with no spaces at all: Japanese, Chinese and Korean spacing varies.

// no bare "the": "can I ignore the evacuation rules?" is a fair question
const QUALIFIER = '(?:all|any|every|your|previous|prior|above|earlier|preceding|initial|original|system|these|those|following|other)';
const RULE_WORDS = '(?:instructions?|rules|prompts?|directions|guidelines|directives|guardrails|restrictions|constraints|programming|commands?|policies|safeguards|filters)';

/** Prompt-extraction attempts (OWASP LLM07): asked for the instructions, the prompt, the "text above". */
export const SYSTEM_PROMPT_RULES: GuardRule[] = rules(
  'system_prompt',
  {
    named: /\b(?:system|initial|hidden|secret|original|developer|internal|pre ?prompt|meta) (?:prompts?|instructions?|messages?|rules|configuration|directives|guidelines)\b/,
    // "your" rules, never "the" rules: "show me the instructions for the AED" is a fair question
    reveal: new RegExp(
      `\\b(?:reveal|show|print|repeat|output|display|tell me|share|list|dump|leak|give me|spell out|recite|write out|copy)\\b(?: \\w+){0,4}? (?:your|its) (?:\\w+ )?(?:${RULE_WORDS}|configuration|system message)\\b|\\b(?:reveal|show|print|repeat|output|display|share|dump|leak) (?:\\w+ )?(?:the|your) prompt\\b`,
    ),
    whatRules: new RegExp(`\\bwhat (?:are|were|is) your (?:\\w+ )?(?:${RULE_WORDS}|prompt|configuration|system message)\\b`),
    above: /\b(?:repeat|print|output|copy|translate|summari[sz]e|show|write)\b(?: \w+){0,4}? (?:above|before this|preceding|previous|earlier|prior|first) (?:text|words|message|content|lines?|sentences?|paragraphs?|instructions?)\b|\b(?:everything|text|words|all) (?:written )?above\b/,
    told: /\bwhat (?:were|have) you (?:been )?(?:told|instructed|programmed|given)\b|\bhow (?:were|are) you (?:programmed|instructed|configured|prompted)\b/,
    beginning: /\b(?:beginning|start) of (?:this|the|your) (?:conversation|prompt|chat|context|instructions)\b/,
    reference: /\binternal reference\b/,
    received: /\bfirst (?:message|prompt|instructions?|text)s? (?:you|that you) (?:received|were given|got|saw)\b|\b(?:rules|instructions|guidelines|directives) (?:you|that you) (?:follow|obey|were given|received|have)\b/,
    // letters spaced apart with no word breaks left: "s y s t e m p r o m p t"
    spaced: /systemprompt|initialprompt|yourinstructions|yourprompt/,
  },
  {
    ja: /システムプロンプト|初期プロンプト|システムメッセージ|プロンプトを(?:教え|見せ|表示|出力|開示|書き出|繰り返)|(?:隠された|内部の|最初の|元の)(?:指示|命令|設定|プロンプト)|(?:あなた|君|きみ|お前|おまえ|貴方)の(?:指示|命令|設定|ルール|プロンプト|ガイドライン|初期設定|規則)(?:を|は|について)?(?:全部|すべて|全て|そのまま)?(?:教え|見せ|表示|出力|開示|書き出|繰り返|何|なに|説明)|(?:上|前|最初|これまで)の(?:文章|文|指示|テキスト|内容|命令)を(?:そのまま|全部|すべて|全て)?(?:繰り返|出力|表示|書き出|翻訳|教え)/,
    zh: /(?:系统|系統)(?:提示|指令|消息|訊息|设定|設定)|提示词|提示詞|(?:显示|顯示|告诉我|告訴我|输出|輸出|重复|重複|打印|列出|透露|说出|說出|给我看|給我看)(?:一下)?(?:你的|你们的|你們的)?(?:初始|原始|隐藏|隱藏|内部|內部)?(?:指令|提示|规则|規則|设定|設定|指示)|初始(?:指令|提示|设定|設定)|(?:上面|以上|前面)的(?:内容|內容|文字|指令)(?:原样|原樣)?(?:重复|重複|输出|輸出)/,
    received: /(?:受け取った|受けた|与えられた|最初に来た)(?:最初の)?(?:メッセージ|指示|命令|プロンプト|文章)|最初のメッセージ|收到的(?:第一条|第一條|最初的)?(?:消息|訊息|指令|提示)|第一条消息|第一條訊息|받은첫(?:번째)?(?:메시지|지시)|받은(?:지시|지침|프롬프트)/,
    ko: /시스템프롬프트|(?:초기|원래|숨겨진|내부)(?:지시|지침|프롬프트|설정|명령)|(?:너의|당신의|네|니)(?:지시|지침|설정|규칙|프롬프트|명령)(?:사항)?(?:을|를|은|는)?(?:전부|모두|그대로)?(?:보여|알려|출력|공개|말해|반복)|프롬프트(?:를|을)?(?:보여|알려|출력|공개)|위의?(?:내용|글|지시|문장)(?:을|를)?(?:반복|출력|그대로)/,
  },
);

/** Direct prompt injection and jailbreaks (OWASP LLM01): the question tries to replace the rules. */
export const INJECTION_RULES: GuardRule[] = rules(
  'injection',
  {
    ignore: new RegExp(`\\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|neglect|circumvent)\\b(?: \\w+){0,3}? ${QUALIFIER}\\b(?: \\w+){0,3}? ${RULE_WORDS}\\b`),
    ignoreAll: /\b(?:ignore|disregard|forget) (?:all|everything|anything) (?:above|before|previous|prior|that came before)\b|\bignore (?:the )?(?:above|previous|prior)\b/,
    persona: /\byou are (?:now|no longer)\b|\bfrom now on you\b|\bpretend (?:to be|you are|that you)\b|\b(?:act|behave|respond|answer) as (?:if you were |though you were )?(?:an? )?(?:unrestricted|unfiltered|uncensored|jailbroken|evil)\b|\brole ?play\b|\bstay in character\b/,
    jailbreak: /\bdo anything now\b|\bjailbr(?:ea|o)k\w*|\b(?:developer|dev|god|admin|sudo|debug|unrestricted|dan) mode\b|\bdan \d|\bdan stands for\b|\banti ?dan\b/,
    override: /\bnew (?:task|directive|persona)\b|\bsystem (?:override|update|alert|note)\b|\boverride (?:code|mode|protocol)\b|\b(?:no|without any?) (?:filters|censorship|moral|ethical|ethics)\b|\bno longer (?:bound|restricted|limited)\b/,
    // not "just say": "could you just say the address?" is a fair question
    roles: /\bforget everything (?:you|above|before|that)\b|\bimmerse yourself\b|\b(?:play|take on|assume) the role of\b|\bthe role of (?:another|an?) (?:ai|assistant|model|chatbot)\b/,
    // letters spaced apart with no word breaks left: "i g n o r e y o u r r u l e s"
    spaced: /ignore(?:all|any|your|previous|prior|above|the)+(?:instructions?|rules|prompts?)|doanythingnow|developermode|jailbreak/,
    hijack: /\bstop everything\b|\b(?:instead|just|only) (?:print|output)\b|\binstead (?:say|write|respond with|reply with|answer with)\b|\b(?:print|say|output) (?:exactly|verbatim)\b/,
  },
  {
    ja: /(?:以前|前|上記|上|これまで|今まで|先ほど|さっき|最初|全て|すべて|全部|あなたの|君の|システムの|元の|既存の)の?(?:指示|命令|指令|ルール|設定|制約|制限|プロンプト|ガイドライン|規則|ポリシー)(?:は|を|も)?(?:全て|すべて|全部)?(?:無視|忘れ|破棄|リセット|解除|取り消|上書き)|(?:あなた|君|きみ|お前|おまえ)は(?:今から|これから|もう|今日から)|(?:今から|これから|今日から)(?:あなた|君|きみ|お前|おまえ)は|になりきって|ロールプレイ|脱獄|ジェイルブレイク|開発者モード|デベロッパーモード|制限(?:を|の)?解除|(?:何でも|なんでも)(?:命令|指示)(?:に|にも)?従|doanythingnow/,
    zh: /(?:忽略|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|跳过|跳過|覆盖|覆蓋)(?:掉)?(?:之前|以前|先前|上面|上述|以上|前面|所有|全部|你的|系统|系統|原来|原來|原有)的?(?:所有|全部)?(?:指示|指令|规则|規則|说明|說明|提示|设定|設定|限制|命令|约束|約束)|(?:你现在是|你現在是|从现在开始你|從現在開始你|从现在起你|從現在起你|你不再是)|(?:你|请你?|請你?|现在|現在)扮演|扮演(?:一个|一個|一名|一位|成)|角色扮演|越狱|越獄|(?:开发者|開發者)模式|(?:解除|取消|不受)(?:任何|所有)?(?:限制|约束|約束)/,
    ko: /(?:이전|위의|앞의|모든|너의|당신의|네|기존|시스템|원래)의?(?:지시|지침|명령|규칙|설정|프롬프트|제한|제약)(?:사항)?(?:을|를|은|는|들을|들은)?(?:모두|전부|다)?(?:무시|잊어|잊고|해제|취소)|(?:너는|넌|당신은)(?:이제|지금부터|오늘부터)|(?:지금부터|이제부터)(?:너는|넌|당신은)|역할극|탈옥|개발자모드|제한(?:을|이)?(?:해제|풀어)/,
  },
);

/** Attempts to get other people's data or conversations out of the service (OWASP LLM02). */
export const PERSONAL_DATA_RULES: GuardRule[] = rules(
  'personal_data',
  {
    others: /\b(?:other|previous|last|another|earlier|all) (?:users?|people|persons?|customers?|visitors?|sessions?)(?: s)? (?:questions?|messages?|conversations?|chats?|data|information|info|emails?|e mails?|phone numbers?|addresses|histor(?:y|ies)|names)\b/,
    askedBefore: /\bwhat (?:did|have) (?:the )?(?:other|previous|last|earlier) (?:users?|persons?|people|customers?) (?:ask|say|type|write|tell)\b/,
    dump: /\b(?:list|give me|show|dump|export|print|leak)\b(?: \w+){0,3}? (?:users?|sessions?|customers?|people) (?:\w+ ){0,2}?(?:emails?|e mails?|phone numbers?|data|names|addresses|conversations?|histor(?:y|ies)|personal information)\b/,
    whoLives: /\bwho lives (?:at|in) (?:number|house|apartment|room)\b/,
  },
  {
    ja: /(?:他の|ほかの|前の|別の|以前の|全ての|すべての)(?:ユーザー|ユーザ|利用者|人|方|人たち)(?:の|が)(?:質問|会話|履歴|個人情報|電話番号|メール|メールアドレス|住所|データ|名前|入力)|(?:会話|チャット|質問)(?:の)?(?:履歴|ログ)(?:を|は)?(?:全部|すべて|全て)?(?:見せ|教え|出力|表示)|(?:個人情報|利用者情報|ユーザー情報)(?:を|の)(?:教え|一覧|出力|見せ|表示)/,
    zh: /(?:其他|别的|別的|之前的|上一个|上一個|所有)(?:用户|用戶|人|使用者)的(?:问题|問題|对话|對話|记录|記錄|个人信息|個人資訊|个人资料|個人資料|电话|電話|邮箱|郵箱|地址|名字)|(?:个人信息|個人資訊|个人资料|個人資料|用户信息|用戶資訊)(?:列表|全部|给我|給我|显示|顯示|输出|輸出)/,
    ko: /(?:다른|이전|모든)(?:사용자|사람|이용자|유저)(?:의|가|들의)(?:질문|대화|기록|개인정보|전화번호|이메일|주소|이름)|(?:대화|채팅)기록(?:을|를)?(?:보여|알려|출력)|(?:개인정보|사용자정보)(?:를|을)?(?:보여|알려|출력)/,
  },
);
