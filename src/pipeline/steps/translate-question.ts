import { opsEvents } from '../../observability/events.ts';
import { failureReasonOf } from '../../resilience/failure-reason.ts';
import type { ChatContext } from '../context.ts';
import type { Step } from '../step.ts';
import { otherLanguageOf } from '../translation/other-language.ts';
import { questionTerms } from '../translation/protected-terms.ts';
import { RefusedTranslation, translateProtected } from '../translation/translate-protected.ts';
import { languageOfText } from './detect-language.ts';

/**
 * A question in another language than the six (issue 17). With Cloud Translation configured, its redacted text is
 * translated into the pivot language (English by default) and the turn goes on in that language, as if asked in
 * it; the answer is translated back (translate-answer.ts). Without the service, or when it fails, the question
 * is declined with the list of the six languages (understand's `unsupported_language`), in English.
 */
export const translateQuestion: Step = {
  name: 'translate-question',
  async run(ctx) {
    const foreign = foreignLanguageOf(ctx);
    if (!foreign) return;
    ctx.foreignLanguage = foreign;
    const translator = ctx.deps.translator;
    const pivot = ctx.deps.translationPivot ?? 'en';
    if (!translator) {
      ctx.lang = 'en';
      return;
    }
    const events = ctx.deps.events ?? opsEvents;
    try {
      const original = ctx.redactedMessage;
      const { texts, cached, callMs } = await translateProtected(translator, [{ text: original, terms: questionTerms(original) }], { source: foreign, target: pivot }, ctx.signal);
      addCallTime(ctx, callMs);
      const question = (texts[0] ?? '').normalize('NFKC').trim();
      if (question === '') throw new RefusedTranslation('span_lost', 'the translation is empty');
      ctx.translation = { lang: foreign, pivot, question: 'translated' };
      ctx.message = question;
      ctx.foreignLanguage = undefined;
      ctx.lang = pivot;
      events.emit('translation', { direction: 'question', lang: foreign, outcome: cached ? 'cached' : 'translated' });
    } catch (error) {
      if (ctx.signal.aborted) return;
      ctx.translation = { lang: foreign, pivot, question: 'unavailable' };
      ctx.lang = 'en';
      const refused = error instanceof RefusedTranslation;
      events.emit('translation', { direction: 'question', lang: foreign, outcome: refused ? 'refused' : 'failed', reason: refused ? error.reason : failureReasonOf(error) });
      ctx.deps.log?.warn({ err: error, translation: { direction: 'question', lang: foreign }, messageId: ctx.messageId }, 'question not translated: answered with the list of languages');
    }
  },
};

/** Adds the time spent in the translator's calls, apart from the steps' own (Server-Timing `translation-call`). */
export function addCallTime(ctx: ChatContext, ms: number): void {
  ctx.timings['translation-call'] = (ctx.timings['translation-call'] ?? 0) + ms;
}

/**
 * The question's language when it is not one of the six: as detect-language found it, else (with translation
 * configured) a closer look at a Latin-script question, else the page's translated language when the question's
 * words say nothing for sure.
 */
function foreignLanguageOf(ctx: ChatContext): string | undefined {
  if (ctx.foreignLanguage) return ctx.foreignLanguage;
  if (!ctx.deps.translator) return undefined;
  const own = languageOfText(ctx.message);
  if (own.lang && own.lang !== 'en') return undefined;
  return otherLanguageOf(ctx.message) ?? (own.lang ? undefined : ctx.request.translationLang);
}
