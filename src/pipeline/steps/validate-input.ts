import { LIMITS } from '../../config/tunables.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { Step } from '../step.ts';

// C0/C1 controls, zero-width and joiner characters, bidi overrides, word joiners, BOM, tag characters:
// matching control characters is the point of this pattern, and a character class cannot backtrack.
// eslint-disable-next-line no-control-regex, security/detect-unsafe-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff\u{e0000}-\u{e007f}]/gu;

/** NFKC, invisible and control characters removed, white space folded. */
export function normaliseMessage(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Rejects an empty or over-long question (limit counted in characters after NFKC). */
export const validateInput: Step = {
  name: 'validate-input',
  run(ctx) {
    const message = normaliseMessage(ctx.request.message);
    if (message === '') throw new DomainError('message_empty');
    const length = [...message].length;
    if (length > LIMITS.maxMessageChars) throw new DomainError('message_too_long', { limit: LIMITS.maxMessageChars, length });
    ctx.message = message;
  },
};
