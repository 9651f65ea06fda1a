import { describe, expect, it } from 'vitest';
import { ADMISSION } from '../config/tunables.ts';
import { Admission } from './admission.ts';

describe('Admission', () => {
  it('admits up to its limit, refuses the next, and admits again once a slot is given back', () => {
    const admission = new Admission({ limit: 2, maxEventLoopDelayMs: Number.POSITIVE_INFINITY });
    expect([admission.tryAcquire(), admission.tryAcquire(), admission.tryAcquire()]).toEqual([true, true, false]);
    expect(admission.inFlight).toBe(2);
    admission.release();
    expect(admission.tryAcquire()).toBe(true);
    expect(admission.refused).toBe(1);
  });

  it('refuses while the event loop runs late on average, not for one late tick', () => {
    let clock = 0;
    const admission = new Admission({ limit: 80, maxEventLoopDelayMs: 75, now: () => clock });
    const tick = (lateMs: number) => {
      clock += ADMISSION.delaySampleMs + lateMs;
      admission.sampleDelay();
    };
    tick(300); // one long pause (a garbage collection): smoothed to 60 ms
    expect(admission.tryAcquire()).toBe(true);
    for (let i = 0; i < 10; i += 1) tick(150); // a saturated CPU: every tick 150 ms late
    expect(admission.eventLoopDelayMs).toBeGreaterThan(75);
    expect(admission.tryAcquire()).toBe(false);
    for (let i = 0; i < 20; i += 1) tick(0);
    expect(admission.tryAcquire()).toBe(true);
    admission.close();
  });
});
