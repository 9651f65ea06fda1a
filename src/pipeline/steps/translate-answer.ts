import { LANG_NAMES } from '../../core/languages.ts';
import type { ChatEvent } from '../../core/chat.ts';
import { neutraliseMarkup } from '../../guardrails/neutralise-markup.ts';
import { fill } from '../../i18n/phrasebook.ts';
import { FOREIGN_LANGUAGE_WORDS, isTranslationLang, MACHINE_TRANSLATED_EN, NATIVE_LANGUAGE_LIST } from '../../i18n/translation-languages.ts';
import { opsEvents } from '../../observability/events.ts';
import { failureReasonOf } from '../../resilience/failure-reason.ts';
import type { ChatContext } from '../context.ts';
import type { Step } from '../step.ts';
import { answerTerms } from '../translation/protected-terms.ts';
import { RefusedTranslation, translateProtected } from '../translation/translate-protected.ts';
import { addCallTime } from './translate-question.ts';

/**
 * Wraps the step that writes the answer (compose; the output guard wraps this one). A turn whose question was
 * translated has its answer held back, translated into the reader's language with names, addresses, phone numbers,
 * links and numbers protected, checked, and sent in one piece after a line that says it is a machine translation,
 * in that language. When that fails, the answer goes out as written, after a line in the reader's language that
 * says so. Around compose (`refusal`), a question that could not be translated gets, before the list of the six
 * languages, a line in its own language saying that only those are answered. Around guard-input, its canned
 * replies are translated like answers.
 */
export function translateAnswer(step: Step, options: { refusal?: boolean } = {}): Step {
  return {
    name: step.name,
    always: step.always,
    async *run(ctx) {
      const result = step.run(ctx);
      if (ctx.translation?.question !== 'translated') {
        const notice = options.refusal && ctx.foreignLanguage ? refusalLine(ctx.foreignLanguage) : undefined;
        if (notice) yield { type: 'delta', text: `${notice}\n` };
        if (isIterable(result)) yield* result;
        else await result;
        return;
      }
      if (!isIterable(result)) {
        await result;
        return;
      }
      let text = '';
      const others: ChatEvent[] = [];
      for await (const event of result) {
        if (event.type === 'delta') text += event.text;
        else others.push(event);
      }
      if (ctx.signal.aborted) return;
      if (text.trim() !== '') {
        // the reply the turn keeps (the session, the JSON answer) is the one the reader got; around compose the
        // output guard sets it again from what it streamed
        ctx.answer = await translatedAnswer(ctx, text.trimEnd());
        yield { type: 'delta', text: ctx.answer };
      }
      yield* others;
    },
  };
}

/** "Sorry, only these languages:" in the question's language, and the six; undefined for a language not in the table. */
function refusalLine(lang: string): string | undefined {
  return isTranslationLang(lang) ? `${FOREIGN_LANGUAGE_WORDS[lang].unsupported} ${NATIVE_LANGUAGE_LIST}` : undefined;
}

/** The answer in the reader's language under its machine-translation line, or as written under a line saying why. */
async function translatedAnswer(ctx: ChatContext, text: string): Promise<string> {
  const translation = ctx.translation as NonNullable<ChatContext['translation']>;
  const translator = ctx.deps.translator;
  const events = ctx.deps.events ?? opsEvents;
  const words = isTranslationLang(translation.lang) ? FOREIGN_LANGUAGE_WORDS[translation.lang] : undefined;
  try {
    if (!translator) throw new Error('no translator');
    const items = [{ text, terms: answerTerms(ctx) }, ...(words ? [] : [{ text: MACHINE_TRANSLATED_EN }])];
    const { texts, cached, repaired, callMs } = await translateProtected(translator, items, { source: translation.pivot, target: translation.lang }, ctx.signal);
    addCallTime(ctx, callMs);
    translation.answer = 'translated';
    events.emit('translation', { direction: 'answer', lang: translation.lang, outcome: repaired > 0 ? 'repaired' : cached ? 'cached' : 'translated', ...(repaired > 0 ? { reason: `${repaired} spans put back` } : {}) });
    // the translator's HTML is decoded to text: whatever markup that makes is made inert, as the output guard does
    return neutraliseMarkup(`(${words?.machineTranslated ?? texts[1]})\n${texts[0]}`);
  } catch (error) {
    translation.answer = 'untranslated';
    const refused = error instanceof RefusedTranslation;
    events.emit('translation', { direction: 'answer', lang: translation.lang, outcome: refused ? 'refused' : 'failed', reason: refused ? error.reason : failureReasonOf(error) });
    ctx.deps.log?.warn({ err: error, translation: { direction: 'answer', lang: translation.lang }, messageId: ctx.messageId }, 'answer not translated: sent as written');
    const notice = words ? fill(words.untranslated, { language: LANG_NAMES[translation.pivot] }) : undefined;
    return notice ? `${notice}\n${text}` : text;
  }
}

function isIterable(value: unknown): value is AsyncIterable<ChatEvent> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
