import { DomainError } from '../core/domain-error.ts';
import type { ChatContext } from './context.ts';
import type { ChatEvent } from '../core/chat.ts';
import type { Step } from './step.ts';
import { reportedSessionId, summariseTurn } from './summarise-turn.ts';

/**
 * Runs the steps in order, timing each, and yields the events they stream. A step stops the turn with
 * `ctx.stop(status)`; steps marked `always` still run, also when the consumer stops listening (client gone)
 * or a step throws (the error is rethrown after them, with the turn's status set to say so).
 */
export async function* runPipeline(ctx: ChatContext, steps: readonly Step[]): AsyncGenerator<ChatEvent> {
  let next = 0;
  try {
    for (; next < steps.length; next += 1) {
      const step = steps[next] as Step;
      if (ctx.stopped && !step.always) continue;
      const started = performance.now();
      const result = step.run(ctx);
      if (isIterable(result)) {
        for await (const event of result) yield event;
      } else {
        await result;
      }
      recordTiming(ctx, step.name, started);
    }
  } catch (error) {
    ctx.stop(error instanceof DomainError && error.isInputFault ? 'error_invalid_input' : 'error_internal');
    throw error;
  } finally {
    try {
      for (next += 1; next < steps.length; next += 1) {
        const step = steps[next] as Step;
        if (!step.always) continue;
        const started = performance.now();
        const result = step.run(ctx);
        if (!isIterable(result)) await result;
        recordTiming(ctx, step.name, started);
      }
    } finally {
      ctx.deps.observer?.turnEnded(summariseTurn(ctx));
    }
  }
}

function recordTiming(ctx: ChatContext, step: string, started: number): void {
  const ms = performance.now() - started;
  ctx.timings[step] = ms;
  ctx.deps.observer?.stepTimed(step, ms, reportedSessionId(ctx));
}

function isIterable(value: unknown): value is AsyncIterable<ChatEvent> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
