import { INJECTION_RULES, SYSTEM_PROMPT_RULES } from './attack-rules.ts';
import { foldText } from './fold-text.ts';
import { type GuardRule, rules } from './rule.ts';

/**
 * Text that speaks to whoever writes the answer: open data describes places and never does (OWASP LLM01,
 * indirect injection). Only record text is read with these, since a question may well say "tell me".
 */
const ADDRESSED_TO_THE_WRITER: GuardRule[] = rules(
  'injection',
  {
    answer: /\b(?:in|into|to|at the end of|start|begin|end) (?:your|the) (?:answer|response|reply|output)\b|\btell (?:the )?users?\b|\b(?:the|this|you) (?:assistant|ai|chatbot|language model)\b|\byou must\b|\bas an ai\b/,
  },
  {
    ja: /(?:回答|返答|答え)(?:に|の中で|の最後に|の冒頭に)(?:必ず)?(?:書|記載|含め|入れ|付け)|(?:利用者|ユーザー|ユーザ)に(?:伝え|言|教え)て|(?:AI|アシスタント|言語モデル)(?:は|へ|に)/,
    zh: /在(?:回答|回复|回覆|答案)(?:中|里|裡|最后|最後)|(?:告诉|告訴)(?:用户|用戶|使用者)|(?:助手|模型|AI)(?:必须|必須|应该|應該)/,
    ko: /답변(?:에|끝에|마지막에)|(?:사용자|이용자)에게(?:알려|전달|말해|보여)|(?:AI|어시스턴트|모델)(?:는|은)반드시/,
  },
);

const RECORD_RULES: readonly GuardRule[] = [...SYSTEM_PROMPT_RULES, ...INJECTION_RULES, ...ADDRESSED_TO_THE_WRITER];

/** The rule an open-data value breaks by reading as an instruction, or undefined when it reads as data. */
export function screenRecordText(text: string): string | undefined {
  const folded = foldText(text);
  return RECORD_RULES.find(({ form, pattern }) => pattern.test(folded[form]))?.id;
}
