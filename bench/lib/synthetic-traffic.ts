import { dayTypeOf, holidayName, msSinceTokyoMidnight } from '../../src/capacity/calendar.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Realistic synthetic chat traffic for the scaling backtest: the mean turn rate of every minute, in turns per
 * second, for weeks of Tokyo time. Stated assumptions, not measurements (there is no production history yet):
 *
 * - a workday has a commute peak (08:30), a lunch peak (12:15), the day's peak in the evening (18:30) and a late
 *   tail; a rest day (weekend, holiday, year-end break: calendar.ts) starts later, peaks in the afternoon at 70 %;
 * - the service grows 1 % a week; each day varies by a few percent; minutes wander around the profile (AR(1));
 * - a typhoon warning day: the forecast of the evening before lifts the evening a little; the warning is issued at
 *   05:50 and the app pushes it, so traffic triples within ten minutes and stays high until the typhoon passes
 *   in the evening;
 * - an unannounced earthquake: eight times the usual rate within a minute, decaying over the afternoon;
 * - optionally (a what-if, not a known feature of the app): scheduled app pushes on workdays, each lifting the rate
 *   2.5 times within a minute and fading over 15 minutes. Sharp and predictable: the case predictive scaling is for.
 */
export interface TrafficEvent {
  kind: 'typhoon-warning' | 'earthquake';
  /** Epoch milliseconds of the onset. */
  atMs: number;
  label: string;
}

export interface SyntheticTraffic {
  startMs: number;
  /** Mean turn rate of each minute, per second. */
  perMinute: Float64Array;
  events: TrafficEvent[];
  holidays: Array<{ date: string; name: string }>;
}

export interface TrafficSettings {
  startMs: number;
  days: number;
  /** The workday evening peak of the first week, turns per second. */
  peakTurnsPerSecond: number;
  weeklyGrowth: number;
  typhoonWarningAt: string;
  earthquakeAt: string;
  /** Workday hours (JST, decimal) of scheduled app pushes; none by default. */
  pushHours?: number[];
  seed: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const gauss = (hour: number, centre: number, width: number) => Math.exp(-(((hour - centre) / width) ** 2) / 2);

/** Relative rate at an hour of the day (0–24, JST), 1 at a workday's evening peak. */
export function dayProfile(hour: number, rest: boolean): number {
  if (rest) return 0.03 + 0.62 * gauss(hour, 14.5, 3.2) + 0.3 * gauss(hour, 19.5, 1.8);
  return 0.03 + 0.5 * gauss(hour, 8.5, 1.1) + 0.55 * gauss(hour, 12.25, 0.9) + 0.92 * gauss(hour, 18.5, 1.9) + 0.25 * gauss(hour, 21.8, 1.2);
}

/** A scheduled push's multiplier at an hour of a workday: ×2.5 within a minute of the push, fading over 15 minutes. */
function pushFactor(hour: number, pushHours: readonly number[]): number {
  let factor = 1;
  for (const at of pushHours) {
    const minutes = (hour - at) * 60;
    if (minutes >= 0 && minutes < 60) factor *= 1 + 1.5 * Math.min(1, minutes) * Math.exp(-minutes / 15);
  }
  return factor;
}

/** The events' multiplier of the usual rate at an instant. */
function eventFactor(ms: number, typhoonWarningMs: number, earthquakeMs: number): number {
  let factor = 1;
  // typhoon: the evening before, the forecast; from the warning at 05:50, three times, easing after 20:00
  const sinceWarning = ms - typhoonWarningMs;
  if (sinceWarning > -12 * HOUR && sinceWarning < -6 * HOUR) factor *= 1.25;
  if (sinceWarning >= 0 && sinceWarning < 18 * HOUR) {
    const onset = Math.min(1, sinceWarning / (10 * MINUTE));
    const easing = sinceWarning > 14 * HOUR ? Math.max(0, 1 - (sinceWarning - 14 * HOUR) / (4 * HOUR)) : 1;
    factor *= 1 + 2 * onset * easing;
  }
  // earthquake: ×8 within a minute, then decaying (40-minute time constant) to a lasting +10 % for the day
  const sinceQuake = ms - earthquakeMs;
  if (sinceQuake >= 0 && sinceQuake < 24 * HOUR) {
    const onset = Math.min(1, sinceQuake / MINUTE);
    factor *= 1 + onset * (7 * Math.exp(-sinceQuake / (40 * MINUTE)) + 0.1);
  }
  return factor;
}

/** The minute rates of the whole period, deterministic for a seed. */
export function generateTraffic(settings: TrafficSettings): SyntheticTraffic {
  const random = seededRandom(settings.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const minutes = settings.days * 24 * 60;
  const perMinute = new Float64Array(minutes);
  const typhoonMs = Date.parse(settings.typhoonWarningAt);
  const quakeMs = Date.parse(settings.earthquakeAt);
  const holidays: SyntheticTraffic['holidays'] = [];
  let dayFactor = 1;
  let wander = 0;
  for (let i = 0; i < minutes; i += 1) {
    const ms = settings.startMs + i * MINUTE;
    const hour = msSinceTokyoMidnight(ms) / HOUR;
    if (i % (24 * 60) === 0) {
      dayFactor = Math.exp(0.05 * normal());
      const name = holidayName(ms);
      if (name) holidays.push({ date: new Date(ms + 9 * HOUR).toISOString().slice(0, 10), name });
    }
    wander = 0.92 * wander + 0.02 * normal();
    const growth = (1 + settings.weeklyGrowth) ** ((ms - settings.startMs) / (7 * 24 * HOUR));
    const rest = dayTypeOf(ms) === 'restday';
    const push = rest ? 1 : pushFactor(hour, settings.pushHours ?? []);
    perMinute[i] = settings.peakTurnsPerSecond * growth * dayFactor * Math.exp(wander) * dayProfile(hour, rest) * push * eventFactor(ms, typhoonMs, quakeMs);
  }
  return {
    startMs: settings.startMs,
    perMinute,
    holidays,
    events: [
      { kind: 'typhoon-warning', atMs: typhoonMs, label: 'typhoon warning' },
      { kind: 'earthquake', atMs: quakeMs, label: 'earthquake' },
    ],
  };
}

/** Seconds of arrivals drawn from the minute rates (Poisson; normal approximation above 30 a second). */
export function drawArrivals(traffic: SyntheticTraffic, seed: number): Int32Array {
  const random = seededRandom(seed);
  const arrivals = new Int32Array(traffic.perMinute.length * 60);
  for (let s = 0; s < arrivals.length; s += 1) {
    const lambda = traffic.perMinute[Math.floor(s / 60)] as number;
    if (lambda > 30) {
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      arrivals[s] = Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
    } else {
      const limit = Math.exp(-lambda);
      let k = 0;
      for (let p = random(); p > limit; p *= random()) k += 1;
      arrivals[s] = k;
    }
  }
  return arrivals;
}
