import { GUARDRAIL_REPLIES } from '../../i18n/guardrail-replies.ts';
import { opsEvents } from '../../observability/events.ts';
import { findPersonalData } from '../../observability/redact.ts';
import { screenQuestion } from '../../guardrails/screen-question.ts';
import { fill, PHRASES } from '../../i18n/phrasebook.ts';
import { placeName } from '../../i18n/place-names.ts';
import type { ChatContext } from '../context.ts';
import type { Step } from '../step.ts';

function contactLine(ctx: ChatContext): string {
  const p = PHRASES[ctx.lang];
  const ward = ctx.deps.index.placeFinder.find(ctx.message).ward?.ja;
  const office = ctx.deps.index.officeOf(ward);
  return office?.url ? fill(p.contactWard, { office: placeName(office, ctx.lang), url: office.url }) : p.contactTokyo;
}

/**
 * The input guard (OWASP LLM01, LLM02, LLM07): personal data in the question is noted (the context redacts it
 * from everything that leaves the process: the model, the logs, the session), and a question that tries to
 * inject instructions, extract the system prompt, get other people's data, or asks for political, medical or
 * legal advice is answered here with a canned reply in the user's language, without calling any engine.
 * Runs after `announce`, so the client has the session and message ids before the reply.
 */
export const guardInput: Step = {
  name: 'guard-input',
  async *run(ctx) {
    const events = ctx.deps.events ?? opsEvents;
    const { kinds } = findPersonalData(ctx.message);
    if (kinds.length > 0) events.emit('security', { kind: 'personal_data_redacted', detail: { kinds, lang: ctx.lang } });

    const verdict = screenQuestion(ctx.message);
    if (!verdict) return;
    events.emit('security', { kind: verdict.status, detail: { rule: verdict.rule, lang: ctx.lang } });
    // advice declined names the official contact too: the office of the municipality named, else Tokyo's
    const reply = verdict.status === 'guardrail_declined' ? `${GUARDRAIL_REPLIES[ctx.lang][verdict.reply]}\n${contactLine(ctx)}` : GUARDRAIL_REPLIES[ctx.lang][verdict.reply];
    ctx.answer = reply;
    ctx.stop(verdict.status);
    yield { type: 'delta', text: reply };
    yield { type: 'sources', sources: [] };
  },
};
