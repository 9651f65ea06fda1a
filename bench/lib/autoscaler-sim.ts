/**
 * A second-by-second model of Cloud Run serving the chat, for the scaling backtest. What it assumes, from Cloud
 * Run's documentation (about-instance-autoscaling, scaling-controls) and our measurements:
 *
 * - each instance holds `concurrency` (80) requests; a turn holds its slot `slotSeconds` (capacity model);
 * - metrics-based scaling: every 5 s, instances = ⌈one-minute mean concurrency / (80 × 60 %)⌉;
 * - on-demand scaling: when requests are pending (every slot busy), enough instances are started at once to hold
 *   all of them at 100 %;
 * - a started instance serves after `coldStartSeconds`; it is billed from its start;
 * - an instance is removed only when the autoscaler has wanted fewer for `scaleInSeconds` (Cloud Run keeps idle
 *   instances up to 15 minutes);
 * - the floor (minimum instances) is 3, or what the predictive job set; a raised floor starts instances at once;
 * - pending requests wait in order (FIFO) for a free slot.
 *
 * The model is the same for both sides of the comparison; only the floor differs.
 */
export interface SimSettings {
  concurrency: number;
  utilisationTarget: number;
  slotSeconds: number;
  coldStartSeconds: number;
  scaleInSeconds: number;
  maxInstances: number;
  /** Seconds between the autoscaler's evaluations. */
  evaluateEverySeconds: number;
  /** Average concurrency is taken over this many seconds. */
  windowSeconds: number;
  /** Whether pending requests start instances at once (on-demand scaling) or wait for the metrics. */
  onDemand: boolean;
}

export interface SimResult {
  /** Minutes (of the counted range) in which at least one request found no free slot. */
  underProvisionedMinutes: number;
  /** Requests that waited more than a second for a slot. */
  waitedPastOneSecond: number;
  /** Requests that waited more than 10 s (Cloud Run would have refused many of them). */
  waitedPastTenSeconds: number;
  requests: number;
  /** Instance-hours billed (starting instances included). */
  instanceHours: number;
  peakInstances: number;
  /** Instances (ready + starting) at the end of each minute, for the chart. */
  instancesPerMinute: Int16Array;
  /** Floor in force at the end of each minute. */
  floorPerMinute: Int16Array;
  /** Per day of the whole run (counted or not): under-provisioned minutes, and requests that waited past 1 s. */
  underProvisionedPerDay: Int32Array;
  waitedPerDay: Float64Array;
}

/**
 * Runs the model over every second of `arrivals`; figures are counted from `countFromSecond` on (the warm-up
 * before it builds history and state). `floorAt(second)` is the minimum instances in force at that second.
 */
export function simulate(arrivals: Int32Array, floorAt: (second: number) => number, settings: SimSettings, countFromSecond: number): SimResult {
  const { concurrency, slotSeconds, coldStartSeconds, maxInstances } = settings;
  const seconds = arrivals.length;
  const whole = Math.floor(slotSeconds);
  const fraction = slotSeconds - whole;
  // completions[t % ring]: slots freed at second t
  const ring = whole + 2;
  const completions = new Float64Array(ring);
  const demandWindow = new Float64Array(settings.windowSeconds);
  let windowSum = 0;
  let busy = 0;
  let ready = 3;
  const starting: number[] = []; // ready times, ascending
  const pending: Array<{ at: number; count: number }> = [];
  let pendingCount = 0;
  // the autoscaler's wish of every evaluation in the last scaleInSeconds, to remove instances only late
  const wishes: Array<{ at: number; value: number }> = [];
  const minutes = Math.ceil(seconds / 60);
  const result: SimResult = {
    underProvisionedMinutes: 0,
    waitedPastOneSecond: 0,
    waitedPastTenSeconds: 0,
    requests: 0,
    instanceHours: 0,
    peakInstances: 0,
    instancesPerMinute: new Int16Array(minutes),
    floorPerMinute: new Int16Array(minutes),
    underProvisionedPerDay: new Int32Array(Math.ceil(seconds / 86_400)),
    waitedPerDay: new Float64Array(Math.ceil(seconds / 86_400)),
  };
  let minuteShort = false;

  for (let t = 0; t < seconds; t += 1) {
    const counted = t >= countFromSecond;
    while (starting.length > 0 && (starting[0] as number) <= t) {
      starting.shift();
      ready += 1;
    }
    busy -= completions[t % ring] as number;
    completions[t % ring] = 0;
    const arrived = arrivals[t] as number;
    if (arrived > 0) pending.push({ at: t, count: arrived });
    pendingCount += arrived;
    // start what the free slots take, oldest first
    let free = ready * concurrency - busy;
    while (free >= 1 && pending.length > 0) {
      const head = pending[0] as { at: number; count: number };
      const take = Math.min(head.count, Math.floor(free));
      const wait = t - head.at;
      if (counted && wait > 1) {
        result.waitedPastOneSecond += take;
        const day = Math.floor(t / 86_400);
        result.waitedPerDay[day] = (result.waitedPerDay[day] as number) + take;
      }
      if (counted && wait > 10) result.waitedPastTenSeconds += take;
      head.count -= take;
      pendingCount -= take;
      free -= take;
      busy += take;
      const early = (t + whole) % ring;
      const late = (t + whole + 1) % ring;
      completions[early] = (completions[early] as number) + take * (1 - fraction);
      completions[late] = (completions[late] as number) + take * fraction;
      if (head.count === 0) pending.shift();
      else break;
    }
    if (pendingCount > 0) minuteShort = true;
    if (counted) result.requests += arrived;

    const demand = busy + pendingCount;
    windowSum += demand - (demandWindow[t % settings.windowSeconds] as number);
    demandWindow[t % settings.windowSeconds] = demand;

    const floor = Math.min(maxInstances, floorAt(t));
    if (t % settings.evaluateEverySeconds === 0 || (settings.onDemand && pendingCount > 0) || ready + starting.length < floor) {
      const metrics = Math.ceil(windowSum / Math.min(t + 1, settings.windowSeconds) / (concurrency * settings.utilisationTarget) - 1e-9);
      const onDemand = settings.onDemand && pendingCount > 0 ? Math.ceil(demand / concurrency) : 0;
      const wish = Math.min(maxInstances, Math.max(floor, metrics, onDemand));
      wishes.push({ at: t, value: wish });
      while (wishes.length > 0 && (wishes[0] as { at: number }).at < t - settings.scaleInSeconds) wishes.shift();
      const total = ready + starting.length;
      if (wish > total) {
        for (let i = total; i < wish; i += 1) starting.push(t + coldStartSeconds);
      } else {
        // keep what any wish of the scale-in window wanted, and never go below the floor
        const keep = Math.max(floor, ...wishes.map((w) => w.value));
        if (ready > keep && starting.length === 0) ready = Math.max(keep, Math.ceil(busy / concurrency));
      }
    }
    const instances = ready + starting.length;
    if (counted) {
      result.instanceHours += instances / 3600;
      result.peakInstances = Math.max(result.peakInstances, instances);
    }
    if (t % 60 === 59) {
      const minute = Math.floor(t / 60);
      result.instancesPerMinute[minute] = instances;
      result.floorPerMinute[minute] = floor;
      if (counted && minuteShort) {
        result.underProvisionedMinutes += 1;
        const day = Math.floor(t / 86_400);
        result.underProvisionedPerDay[day] = (result.underProvisionedPerDay[day] as number) + 1;
      }
      minuteShort = false;
    }
  }
  return result;
}
