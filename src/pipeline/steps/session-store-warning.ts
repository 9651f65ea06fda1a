import type { ChatContext } from '../context.ts';

/** One warning per this many milliseconds: an outage at hundreds of turns a second must not flood the log. */
const WARN_EVERY_MS = 10_000;
let lastWarned = Number.NEGATIVE_INFINITY;
let since = 0;

/** Logs that a turn went on without the session store, at most once per WARN_EVERY_MS, with the count since. */
export function warnStoreUnavailable(ctx: ChatContext, error: unknown, operation: 'read' | 'save'): void {
  since += 1;
  const now = ctx.deps.now();
  if (now - lastWarned < WARN_EVERY_MS) return;
  ctx.deps.log?.warn({ err: error, operation, turnsWithoutStore: since }, 'session store unavailable: answering without history');
  lastWarned = now;
  since = 0;
}
