import type { GuardrailReplyKey } from '../i18n/guardrail-replies.ts';
import type { FoldedText } from './fold-text.ts';

/** One pattern of the input guard, read against one form of the folded question. */
export interface GuardRule {
  /** Stable id, reported in security events (never the question itself). */
  id: string;
  reply: GuardrailReplyKey;
  /** English rules read `leet` (which also covers plain words); CJK rules read `compact`. */
  form: keyof FoldedText;
  pattern: RegExp;
}

/** Rules for one reply: English ones read the leet form, the others the compact form. */
export function rules(reply: GuardrailReplyKey, english: Record<string, RegExp>, cjk: Record<string, RegExp>): GuardRule[] {
  return [
    ...Object.entries(english).map(([id, pattern]) => ({ id: `${reply}.en.${id}`, reply, form: 'leet' as const, pattern })),
    ...Object.entries(cjk).map(([id, pattern]) => ({ id: `${reply}.${id}`, reply, form: 'compact' as const, pattern })),
  ];
}
