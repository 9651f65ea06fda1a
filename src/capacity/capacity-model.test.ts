import { describe, expect, it } from 'vitest';
import { INSTANCE, USAGE } from './capacity-figures.ts';
import { DEFAULT_GEMINI, estimateCapacity, instancesForSlots, loadFromConcurrentUsers, loadFromDailyUsers, loadFromRequestRate, slotSecondsPerTurn } from './capacity-model.ts';

describe('the capacity model', () => {
  it('holds a Gemini turn in its slot for the model time plus the server time', () => {
    expect(slotSecondsPerTurn({ ...DEFAULT_GEMINI, firstTokenSeconds: 0.5, streamSeconds: 1 })).toBeCloseTo(1.5 + INSTANCE.serverSecondsPerTurn, 9);
    // no Gemini: the local engine's turn is over in about a millisecond
    expect(slotSecondsPerTurn({ ...DEFAULT_GEMINI, share: 0 })).toBeCloseTo(INSTANCE.cpuSecondsPerLocalTurn, 9);
  });

  it('sizes by Little\'s law at 60 % of 80 slots: 480 slots in use need 10 instances', () => {
    expect(instancesForSlots(480)).toBe(10);
    expect(instancesForSlots(481)).toBe(11);
    expect(instancesForSlots(480, INSTANCE, 1)).toBe(6);
  });

  it('sizes 500 turns a second of 2-second turns at 1,000 slots: 21 instances, over the maximum', () => {
    const gemini = { ...DEFAULT_GEMINI, firstTokenSeconds: 1, streamSeconds: 1 - INSTANCE.serverSecondsPerTurn };
    const estimate = estimateCapacity(loadFromRequestRate(500), gemini);
    expect(estimate.turnsInFlight).toBeCloseTo(1000, 6);
    expect(estimate.instancesAtTarget).toBe(21);
    expect(estimate.instancesAtLimit).toBe(13);
    expect(estimate.overMax).toBe(true);
    expect(estimate.bindingConstraint).toBe('concurrency');
    expect(estimate.gemini.requestsPerMinute).toBe(30_000);
    expect(estimate.gemini.tokensPerMinute).toBe(30_000 * (gemini.inputTokens + gemini.outputTokens));
  });

  it('keeps the floor of 3 instances for a quiet service', () => {
    const estimate = estimateCapacity(loadFromRequestRate(1));
    expect(estimate.instances).toBe(3);
    expect(estimate.bindingConstraint).toBe('floor');
  });

  it('is CPU-bound when turns are short and many', () => {
    const estimate = estimateCapacity(loadFromRequestRate(2000), { ...DEFAULT_GEMINI, share: 0 });
    expect(estimate.bindingConstraint).toBe('cpu');
    expect(estimate.instancesForCpu).toBe(Math.ceil((2000 * INSTANCE.cpuSecondsPerLocalTurn) / 0.6));
  });

  it('counts Redis commands per turn from the code: 7 for a returning turn, 5 for a first', () => {
    const all = (returningShare: number) => estimateCapacity(loadFromRequestRate(100), DEFAULT_GEMINI, INSTANCE, returningShare).redis;
    const background = 3 * (1 / 5 + 4 / 30);
    expect(all(1).commandsPerSecond).toBeCloseTo(700 + background, 6);
    expect(all(0).commandsPerSecond).toBeCloseTo(500 + background, 6);
  });

  it('turns daily and concurrent users into a peak-minute turn rate with the stated assumptions', () => {
    const daily = loadFromDailyUsers(10_000);
    const expected = ((10_000 * USAGE.sessionsPerUser * USAGE.turnsPerSession * USAGE.peakHourShare) / 3600) * USAGE.peakMinuteFactor;
    expect(daily.turnsPerSecond).toBeCloseTo(expected, 9);
    const concurrent = loadFromConcurrentUsers(1_000);
    expect(concurrent.turnsPerSecond).toBeCloseTo(1_000 / USAGE.secondsBetweenTurns, 9);
    expect(concurrent.voiceSockets).toBeCloseTo(1_000 * USAGE.voiceShare, 9);
  });
});
