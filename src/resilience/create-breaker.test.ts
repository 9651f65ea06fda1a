import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAKER } from '../config/tunables.ts';
import { OpsEvents, type OpsEventMap } from '../observability/events.ts';
import { DomainError } from '../core/domain-error.ts';
import { createBreaker } from './create-breaker.ts';

// opossum has no clock option: it schedules half-open with setTimeout(resetTimeout), so vitest's fake timers
// are the clock here (no real 30 s wait)
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recorder() {
  const events = new OpsEvents();
  const states: string[] = [];
  const calls: Array<OpsEventMap['external'][0]['status']> = [];
  events.on('breaker', ({ state }) => states.push(state));
  events.on('external', ({ status }) => calls.push(status));
  return { events, states, calls };
}

describe('createBreaker', () => {
  it('uses the design settings: 5 s timeout, 50 %, 30 s reset', () => {
    expect(BREAKER.timeoutMs).toBe(5_000);
    expect(BREAKER.errorThresholdPercentage).toBe(50);
    expect(BREAKER.resetTimeoutMs).toBe(30_000);
  });

  it('opens past the error threshold, refuses without calling while open, half-opens after 30 s and closes on success', async () => {
    const { events, states, calls } = recorder();
    let failing = true;
    const fn = vi.fn(async (n: number) => {
      if (failing) throw new Error(`upstream 500 (${n})`);
      return n * 2;
    });
    const breaker = createBreaker('test', fn, { events });

    // below the volume threshold, failures do not open it
    for (let i = 0; i < BREAKER.volumeThreshold - 1; i += 1) await expect(breaker.fire(i)).rejects.toBeInstanceOf(DomainError);
    expect(breaker.state()).toBe('closed');
    await expect(breaker.fire(99)).rejects.toMatchObject({ code: 'unavailable', details: { dependency: 'test', reason: 'error' } });
    expect(breaker.state()).toBe('open');
    expect(states).toEqual(['open']);

    const callsBefore = fn.mock.calls.length;
    await expect(breaker.fire(1)).rejects.toMatchObject({ details: { reason: 'breaker_open' } });
    expect(fn.mock.calls.length).toBe(callsBefore); // not called while open
    expect(calls.at(-1)).toBe('rejected');

    await vi.advanceTimersByTimeAsync(BREAKER.resetTimeoutMs - 1);
    expect(breaker.state()).toBe('open');
    await vi.advanceTimersByTimeAsync(1);
    expect(breaker.state()).toBe('half_open');

    failing = false;
    await expect(breaker.fire(21)).resolves.toBe(42);
    expect(breaker.state()).toBe('closed');
    expect(states).toEqual(['open', 'half_open', 'closed']);
    expect(calls.at(-1)).toBe('success');
    breaker.shutdown();
  });

  it('re-opens when the half-open trial call fails', async () => {
    const { events, states } = recorder();
    const breaker = createBreaker('test', async () => Promise.reject(new Error('down')), { events, settings: { volumeThreshold: 1 } });
    await expect(breaker.fire()).rejects.toBeInstanceOf(DomainError);
    await vi.advanceTimersByTimeAsync(BREAKER.resetTimeoutMs);
    expect(breaker.state()).toBe('half_open');
    await expect(breaker.fire()).rejects.toMatchObject({ details: { reason: 'error' } });
    expect(breaker.state()).toBe('open');
    expect(states).toEqual(['open', 'half_open', 'open']);
    breaker.shutdown();
  });

  it('fails a call slower than the timeout with reason timeout', async () => {
    const { events, calls } = recorder();
    const breaker = createBreaker('slow', () => new Promise<string>((resolve) => setTimeout(() => resolve('late'), 10_000)), { events });
    const result = breaker.fire();
    const checked = expect(result).rejects.toMatchObject({ code: 'unavailable', details: { reason: 'timeout' } });
    await vi.advanceTimersByTimeAsync(BREAKER.timeoutMs);
    await checked;
    expect(calls).toEqual(['timeout']);
    breaker.shutdown();
  });
});
