/** What the forecaster does with the minimum instances at one run. */
export type ScalingAction = 'raise' | 'lower' | 'hold';

export interface MinInstancesDecision {
  action: ScalingAction;
  /** The setting read from Cloud Run (undefined: none set, Cloud Run's default 0). */
  current: number | undefined;
  /** The setting after this run. */
  target: number;
  /** Instances the forecast of the coming horizon needs, within the bounds. */
  neededAhead: number;
  /** Instances the measured rate of the recent past needed, within the bounds: the floor is not lowered below it. */
  neededRecently: number;
  reason: string;
}

export interface DecisionRules {
  minInstances: number;
  maxInstances: number;
  lowerStep: number;
}

const clamp = (value: number, rules: DecisionRules) => Math.min(rules.maxInstances, Math.max(rules.minInstances, value));

/**
 * Raises are immediate, lowers slow: the floor goes up to what the coming horizon needs at once, and comes down
 * only when neither the forecast nor the recent past needs it, by `lowerStep` a run. Always within the bounds.
 */
export function decideMinInstances(current: number | undefined, neededAhead: number, neededRecently: number, rules: DecisionRules): MinInstancesDecision {
  const ahead = clamp(neededAhead, rules);
  const recently = clamp(neededRecently, rules);
  const base = { current, neededAhead: ahead, neededRecently: recently };
  if (current === undefined || current < ahead) {
    return { ...base, action: 'raise', target: ahead, reason: current === undefined ? 'no minimum set: set the forecast floor' : `the next horizon needs ${ahead}` };
  }
  const keep = Math.max(ahead, recently);
  if (current > rules.maxInstances || current > keep) {
    const target = clamp(Math.max(keep, current - rules.lowerStep), rules);
    return { ...base, action: 'lower', target, reason: `neither the forecast (${ahead}) nor the recent past (${recently}) needs ${current}: down by at most ${rules.lowerStep}` };
  }
  return { ...base, action: 'hold', target: current, reason: 'the current floor matches the need' };
}
