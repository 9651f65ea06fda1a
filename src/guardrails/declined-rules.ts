/* eslint-disable security/detect-unsafe-regex -- every pattern is bounded ({0,n} repeats) and runs on at most 1,000 characters */
import { type GuardRule, rules } from './rule.ts';

// Advice the service must not give: it is asked for advice, not for a place. "Where is the nearest hospital",
// "薬局はどこ" or "区役所の法律相談" are place questions and must pass (guard-input.test.ts lists them).

/** Voting advice and judgements of candidates or parties: the service stays neutral. */
export const POLITICAL_RULES: GuardRule[] = rules(
  'political',
  {
    vote: /\b(?:who|which (?:party|candidate|politician)|what party) should i vote\b|\b(?:should|must) i vote for\b|\bwho (?:to|do i) vote for\b/,
    judge: /\b(?:which|what) (?:political )?(?:party|candidate) (?:is|are) (?:better|best|right|good|worse)\b|\b(?:is|are) (?:the )?(?:governor|mayor|prime minister|candidate|party|ldp|cdp|komeito)\w* (?:good|bad|better|worse|corrupt|right|wrong|trustworthy)\b/,
    endorse: /\b(?:endorse|recommend|support)\b(?: \w+){0,3}? (?:candidates?|party|parties|politicians?)\b|\byour (?:opinion|view) (?:on|of|about) (?:the )?(?:governor|mayor|election|politics|party|candidates?)\b/,
  },
  {
    ja: /(?:誰|だれ|どの(?:候補|候補者|政党|党|人))に(?:投票|いれ|入れ)(?:すべき|したら|するべき|したほうが|れば|たら|る)|投票(?:すべき|するべき)(?:候補|政党|人)|(?:支持|応援)(?:すべき|するべき)(?:政党|候補|党)|(?:どの|どちらの)(?:政党|候補者?|党)(?:が|を)(?:いい|良い|おすすめ|支持|正しい)|(?:知事|政党|候補者?|首相|総理|政治家|市長|区長)(?:は|って)(?:良い|いい|悪い|正しい|間違って|信用でき|ダメ|だめ)/,
    zh: /投票?给?(?:谁|誰|哪个|哪個|哪一个|哪一個)(?:候选人|候選人|政党|政黨)?|投票給誰|(?:支持|推荐|推薦)(?:哪个|哪個)(?:政党|政黨|候选人|候選人)|(?:哪个|哪個)(?:政党|政黨|候选人|候選人)(?:更好|最好|好)/,
    ko: /(?:누구|어느(?:정당|후보|당))(?:에게|를|에)?투표|투표(?:해야|하면좋)|(?:어느|어떤)(?:정당|후보|당)(?:이|가|을|를)(?:좋|지지|추천|낫)/,
  },
);

/** Diagnosis, medicines, doses and treatment. */
export const MEDICAL_RULES: GuardRule[] = rules(
  'medical',
  {
    medicine: /\b(?:what|which) (?:medicine|medication|drug|pills?|painkillers?|antibiotics?) (?:should|can|do|must) i\b|\bshould i (?:take|stop taking|increase|double) (?:\w+ )?(?:medicine|medication|pills?|drugs?|dose|painkillers?|antibiotics?)\b|\bhow (?:much|many) (?:medicine|pills|tablets|mg|milligrams)\b|\b(?:dosage|dose) (?:of|for)\b|\bis it (?:safe|ok|okay) to (?:take|mix|drink)\b/,
    // whether to call an ambulance or see a doctor is a triage call (in Tokyo, the fire department's advice line)
    triage: /\bshould i (?:call an ambulance|call 119|go to (?:the |a )?(?:hospital|er|doctor|emergency room))\b|\bdo i need (?:an ambulance|to see a doctor|to go to (?:the |a )?hospital)\b/,
    diagnose: /\b(?:diagnose|diagnosis)\b|\bdo i have (?:a |an )?(?:cancer|covid|flu|diabetes|fever|infection|heart attack|stroke|disease|illness)\b|\bwhat (?:disease|illness|condition) do i have\b|\bhow (?:do|can|should) i (?:treat|cure)\b|\b(?:treatment|cure) for my\b/,
  },
  {
    ja: /(?:どの|何の|なんの|どんな)(?:薬|くすり|クスリ)を(?:飲|のめ|のん|使|つか)|(?:薬|くすり)(?:を|は)(?:飲んで|のんで|一緒に飲|併用)(?:も|いい|大丈夫|平気)|(?:私|自分|わたし|子ども|子供)は(?:何の|なんの|どんな)?病気|(?:病名|診断)(?:を|は)(?:教え|つけ|して|何)|(?:服用|投与)量|(?:治療法|治し方|なおし方)(?:を|は)(?:教え|何)|(?:どう|どうやって)(?:治せ|治る|治療)|(?:救急車|きゅうきゅうしゃ)(?:を|は)?(?:呼ぶべき|よぶべき|呼んだ(?:ほう|方)が|よんだ(?:ほう|方)が|呼んでもいい|呼ぶ(?:べき|か)(?:です)?か)|(?:病院|びょういん)(?:に|へ)?(?:行くべき|いくべき|行った(?:ほう|方)が|いった(?:ほう|方)が)/,
    zh: /(?:吃|服用|用)(?:什么|什麼|哪种|哪種)(?:药|藥)|(?:我|自己|孩子)(?:是不是|是否)?(?:得了|患了)(?:什么|什麼)?病|(?:诊断|診斷)(?:一下|我)|(?:药|藥)(?:的)?(?:剂量|劑量|用量)|(?:怎么|怎麼|如何)(?:治疗|治療|治)|(?:该不该|該不該|要不要|需不需要|需要)(?:叫|打|喊)(?:救护车|救護車|120|119)|(?:该不该|該不該|要不要|需不需要)去(?:医院|醫院)/,
    ko: /(?:무슨|어떤)약(?:을|를)?(?:먹|복용)|(?:진단|처방)(?:해|을해|좀)|복용량|(?:제가|내가|아이가)(?:무슨|어떤)병|(?:어떻게)(?:치료|낫)|구급차(?:를)?\s?(?:불러야|부를까|불러도)|병원에\s?가야\s?(?:하나요|할까요|하나|할까)/,
  },
);

/** Whether something is legal, lawsuits, and legal strategy. */
export const LEGAL_RULES: GuardRule[] = rules(
  'legal',
  {
    legality: /\b(?:is it|would it be|is this|is that) (?:legal|illegal|against the law|a crime|lawful)\b/,
    sue: /\b(?:can|should|could|how do|how can) i (?:sue|file a lawsuit|press charges|take legal action)\b|\blegal advice\b|\bwin (?:my|a|the) (?:case|lawsuit)\b/,
  },
  {
    ja: /(?:違法|合法|法律違反|犯罪)(?:ですか|でしょうか|になります|になりますか|かどうか|になる)|(?:訴え|訴訟|裁判)(?:を起こ|たい|したい|できます|すべき|に勝)|訴えられ(?:ますか|るか)|法律的に(?:どう|問題)|(?:離婚|相続|遺産|慰謝料)(?:で|の|を)?(?:争|勝|もら)/,
    zh: /(?:是否|是不是)?(?:违法|違法|合法|犯法)(?:吗|嗎|呢)|(?:起诉|起訴|告他|告她|打官司)|法律(?:建议|建議)/,
    ko: /(?:불법|합법)(?:인가요|이에요|입니까|인지|일까요)|(?:고소|소송)(?:할|하고|하려|해야|하면)|법률(?:자문|조언)/,
  },
);
