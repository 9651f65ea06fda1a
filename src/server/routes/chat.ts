import { errorMessageOf } from '../app-error.ts';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ChatContext, type PipelineDeps } from '../../pipeline/context.ts';
import { type AnswerTranslation, type ChatEvent, type SourceView, type AnswerAnchor } from '../../core/chat.ts';
import { runPipeline } from '../../pipeline/run-pipeline.ts';
import type { Step } from '../../pipeline/step.ts';
import { DomainError } from '../../core/domain-error.ts';
import { parseChatRequest } from '../chat-request.ts';
import type { AppEnv } from '../app-env.ts';
import { readJsonBody } from '../request-body.ts';

/** What a client gets back from POST /api/chat without streaming. */
export interface ChatResponse {
  sessionId: string;
  messageId: string;
  lang: string;
  status: string;
  answer: string;
  sources: SourceView[];
  /** The point distances are measured from, for a map (absent when the answer has no places). */
  anchor?: AnswerAnchor;
  /** Present (false) only when the turn was answered without the session store: not recorded. */
  sessionSaved?: false;
  /** The answer was machine-translated into the reader's language (issue 17). */
  translation?: AnswerTranslation;
}

/**
 * POST /api/chat: JSON by default, server-sent events when the client accepts `text/event-stream`.
 * Bad input is refused before the first byte of an answer, so it always gets a proper status code.
 */
export function chatRoutes(deps: PipelineDeps, steps: readonly Step[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/api/chat', async (c) => {
    const request = parseChatRequest(await readJsonBody(c), c.req.header('accept-language'));
    c.set('lang', request.lang);
    // The request's own signal aborts when the client goes away (JSON or stream): the engines stop with it.
    // No listener relays it to a controller of ours: one kept every turn's context alive after its response.
    const ctx = new ChatContext(request, deps, c.req.raw.signal);
    c.set('chat', ctx);
    const events = runPipeline(ctx, steps);
    const first = await events.next(); // validation errors surface here, before any response is started
    c.set('lang', ctx.lang);
    c.set('sessionId', ctx.session?.id);

    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
      const response: ChatResponse = { sessionId: '', messageId: ctx.messageId, lang: ctx.lang, status: '', answer: '', sources: [] };
      for (let step = first; !step.done; step = await events.next()) collect(response, step.value);
      response.answer = ctx.answer;
      response.status = ctx.status;
      if (!ctx.sessionStored) response.sessionSaved = false;
      const translation = answerTranslationOf(ctx);
      if (translation) response.translation = translation;
      c.header('Server-Timing', serverTiming(ctx.timings));
      return c.json(response);
    }

    return streamSSE(
      c,
      async (stream) => {
        stream.onAbort(() => {
          void events.return(undefined);
        });
        try {
          for (let step = first; !step.done && !stream.aborted; step = await events.next()) {
            await stream.writeSSE({ event: step.value.type, data: JSON.stringify(step.value) });
          }
          // sent after the turn was recorded, so a follow-up sent on `done` finds the session up to date
          const translation = answerTranslationOf(ctx);
          const done: ChatEvent = {
            type: 'done',
            status: ctx.status,
            ...(ctx.sessionStored ? {} : { sessionSaved: false as const }),
            ...(translation ? { translation } : {}),
          };
          if (!stream.aborted) await stream.writeSSE({ event: done.type, data: JSON.stringify(done) });
        } catch (error) {
          const appError = error instanceof DomainError ? error : new DomainError('internal', undefined, { cause: error });
          c.get('log')?.error({ err: error }, 'chat stream failed');
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ type: 'error', code: appError.code, message: errorMessageOf(appError, ctx.lang) }),
          });
        }
      },
      async (error) => {
        c.get('log')?.error({ err: error }, 'chat stream aborted by an error');
      },
    );
  });
  return app;
}

/** Said of an answer the reader got machine-translated into their language. */
function answerTranslationOf(ctx: ChatContext): AnswerTranslation | undefined {
  return ctx.translation?.answer === 'translated' ? { lang: ctx.translation.lang, from: ctx.translation.pivot } : undefined;
}

/** Each step's duration, for clients and benchmarks (`Server-Timing: retrieve;dur=0.41, …`). */
function serverTiming(timings: Record<string, number>): string {
  return Object.entries(timings)
    .map(([step, ms]) => `${step};dur=${ms.toFixed(2)}`)
    .join(', ');
}

function collect(response: ChatResponse, event: ChatEvent): void {
  if (event.type === 'meta') {
    response.sessionId = event.sessionId;
    response.lang = event.lang;
  } else if (event.type === 'sources') {
    response.sources = event.sources;
    if (event.anchor) response.anchor = event.anchor;
  }
}
