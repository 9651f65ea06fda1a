import { type Breaker, type BreakerOptions, createBreaker } from './create-breaker.ts';
import { unavailable } from './failure-reason.ts';

/** Opens the stream to read; it must stop when `signal` aborts. */
export type OpenStream<T> = (signal: AbortSignal) => AsyncIterable<T>;

interface StreamJob<T> {
  open: OpenStream<T>;
  push: (item: T) => void;
  controller: AbortController;
  firstItemMs: number;
}

/** Streams through a circuit breaker. */
export interface StreamGuard<T> {
  readonly breaker: Breaker<[StreamJob<T>], void>;
  /**
   * The items of `open(signal)`, read through the breaker: rejected at once while it is open; failed when the
   * first item takes longer than `firstItemMs` or the whole stream longer than the breaker's timeout. Items
   * are passed on as they come. Stopping early (the reader returns, or `signal` aborts) cancels the stream
   * and does not count as a failure.
   */
  stream(open: OpenStream<T>, signal: AbortSignal): AsyncIterable<T>;
}

// why the call's controller was aborted
const CANCELLED = Symbol('cancelled');
const FIRST_ITEM_LATE = Symbol('first item late');

export interface StreamGuardOptions extends BreakerOptions {
  /** The longest wait for the first item (GEMINI.firstTokenMs for Gemini). */
  firstItemMs: number;
}

/** A StreamGuard named `name` (the breaker's name in events and logs). */
export function createStreamGuard<T>(name: string, options: StreamGuardOptions): StreamGuard<T> {
  const breaker = createBreaker(name, pump<T>, options);
  return {
    breaker,
    stream: (open, signal) => readThrough(breaker, { open, firstItemMs: options.firstItemMs }, signal),
  };
}

/** The breaker's action: reads the whole stream, so a stream that fails halfway counts as a failed call. */
async function pump<T>({ open, push, controller, firstItemMs }: StreamJob<T>): Promise<void> {
  let waiting = true;
  const deadline = setTimeout(() => controller.abort(FIRST_ITEM_LATE), firstItemMs);
  try {
    for await (const item of open(controller.signal)) {
      if (waiting) clearTimeout(deadline);
      waiting = false;
      push(item);
    }
  } catch (error) {
    if (controller.signal.reason === CANCELLED) return; // the reader stopped: nothing failed
    if (controller.signal.reason === FIRST_ITEM_LATE) throw unavailable('stream', 'first_token_deadline', `no data after ${firstItemMs} ms`, error);
    throw error;
  } finally {
    clearTimeout(deadline);
  }
}

async function* readThrough<T>(
  breaker: Breaker<[StreamJob<T>], void>,
  { open, firstItemMs }: Pick<StreamJob<T>, 'open' | 'firstItemMs'>,
  signal: AbortSignal,
): AsyncIterable<T> {
  const controller = new AbortController();
  const cancel = () => controller.abort(CANCELLED);
  signal.addEventListener('abort', cancel, { once: true });
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let settled = false;
  let failure: { error: unknown } | undefined;
  const push = (item: T) => {
    queue.push(item);
    wake?.();
  };
  void breaker.fire({ open, push, controller, firstItemMs }).then(
    () => {
      settled = true;
      wake?.();
    },
    (error: unknown) => {
      failure = { error };
      settled = true;
      wake?.();
    },
  );
  try {
    for (;;) {
      if (failure) throw failure.error; // a timeout wins over items still arriving from a late stream
      if (queue.length > 0) {
        yield queue.shift() as T;
        continue;
      }
      if (settled) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    // the stream may still be running (the reader stopped early, or the breaker's timeout fired): stop it
    cancel();
  }
}
