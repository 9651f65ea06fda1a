import { describe, expect, it, vi } from 'vitest';
import { DeadlineError, withDeadline } from './with-deadline.ts';

describe('withDeadline', () => {
  it('passes a result that comes in time, and its rejection', async () => {
    await expect(withDeadline(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
    await expect(withDeadline(Promise.reject(new Error('refused')), 100, 'x')).rejects.toThrow('refused');
  });

  it('rejects with a DeadlineError naming the call when the work does not settle', async () => {
    vi.useFakeTimers();
    try {
      const pending = withDeadline(new Promise<never>(() => undefined), 250, 'session read');
      const outcome = expect(pending).rejects.toThrow(new DeadlineError('session read: no answer within 250 ms'));
      await vi.advanceTimersByTimeAsync(250);
      await outcome;
    } finally {
      vi.useRealTimers();
    }
  });
});
