import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAKER } from '../config/tunables.ts';
import { OpsEvents } from '../observability/events.ts';
import { createStreamGuard } from './guard-stream.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });

/** A stream that waits `firstMs`, then yields its items `gapMs` apart, and says whether it was stopped. */
function slowStream(items: string[], firstMs: number, gapMs: number) {
  const seen = { stopped: false };
  const open = async function* (signal: AbortSignal) {
    try {
      await sleep(firstMs, signal);
      for (const item of items) {
        yield item;
        await sleep(gapMs, signal);
      }
    } catch (error) {
      seen.stopped = signal.aborted;
      throw error;
    }
  };
  return { open, seen };
}

async function collect(stream: AsyncIterable<string>): Promise<{ items: string[]; error?: unknown }> {
  const items: string[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items };
  } catch (error) {
    return { items, error };
  }
}

describe('createStreamGuard', () => {
  it('passes the items on as they come', async () => {
    const guard = createStreamGuard<string>('s', { firstItemMs: 1_500, events: new OpsEvents() });
    const { open } = slowStream(['a', 'b', 'c'], 100, 100);
    const done = collect(guard.stream(open, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await done).toEqual({ items: ['a', 'b', 'c'] });
    guard.breaker.shutdown();
  });

  it('fails a stream whose first item is later than the first-item deadline, and stops it', async () => {
    const events = new OpsEvents();
    const external: string[] = [];
    events.on('external', ({ status }) => external.push(status));
    const guard = createStreamGuard<string>('s', { firstItemMs: 1_500, events });
    const { open, seen } = slowStream(['a'], 10_000, 0);
    const done = collect(guard.stream(open, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(1_500);
    const result = await done;
    expect(result.items).toEqual([]);
    expect(result.error).toMatchObject({ code: 'unavailable', details: { reason: 'first_token_deadline' } });
    expect(seen.stopped).toBe(true);
    expect(external).toEqual(['timeout']);
    guard.breaker.shutdown();
  });

  it('fails a stream that outlasts the breaker timeout after its first item', async () => {
    const guard = createStreamGuard<string>('s', { firstItemMs: 1_500, events: new OpsEvents() });
    const { open, seen } = slowStream(['a', 'b'], 100, 60_000);
    const done = collect(guard.stream(open, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(BREAKER.timeoutMs);
    const result = await done;
    expect(result.items).toEqual(['a']);
    expect(result.error).toMatchObject({ details: { reason: 'timeout' } });
    expect(seen.stopped).toBe(true);
    guard.breaker.shutdown();
  });

  it('does not count a reader that stops early as a failure', async () => {
    const events = new OpsEvents();
    const external: string[] = [];
    events.on('external', ({ status }) => external.push(status));
    const guard = createStreamGuard<string>('s', { firstItemMs: 1_500, events, settings: { volumeThreshold: 1 } });
    const { open, seen } = slowStream(['a', 'b', 'c'], 10, 1_000);
    const reading = (async () => {
      for await (const item of guard.stream(open, new AbortController().signal)) if (item === 'a') return item;
      return undefined;
    })();
    await vi.advanceTimersByTimeAsync(50);
    expect(await reading).toBe('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.stopped).toBe(true);
    expect(external).toEqual(['success']);
    expect(guard.breaker.state()).toBe('closed');
    guard.breaker.shutdown();
  });

  it('refuses at once, without opening the stream, while the breaker is open', async () => {
    const guard = createStreamGuard<string>('s', { firstItemMs: 1_500, events: new OpsEvents(), settings: { volumeThreshold: 1 } });
    const failing = (): AsyncIterable<string> => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('HTTP 500')) }),
    });
    expect((await collect(guard.stream(failing, new AbortController().signal))).error).toMatchObject({ details: { reason: 'error' } });
    expect(guard.breaker.state()).toBe('open');
    const open = vi.fn(failing);
    expect((await collect(guard.stream(open, new AbortController().signal))).error).toMatchObject({ details: { reason: 'breaker_open' } });
    expect(open).not.toHaveBeenCalled();
    guard.breaker.shutdown();
  });
});
