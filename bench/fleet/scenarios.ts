import { setTimeout as sleep } from 'node:timers/promises';
import type { Fleet, FleetOptions } from './fleet.ts';

/** The timing of a run: the fault's start and end are given in seconds into it. */
export interface Timing {
  durationSeconds: number;
  warmupS: number;
  faultStartS: number;
  faultEndS: number;
  rate: number;
  sseConnections: number;
  voiceSockets: number;
}

export interface Scenario {
  name: string;
  what: string;
  fleet?: FleetOptions;
  /** Full form (`npm run fleet -- --scenario NAME`) and short form (`npm test`, `--short`). */
  full: Timing;
  short: Timing;
  /** Starts the fault; may resolve once it is under way. */
  start(fleet: Fleet, timing: Timing): Promise<void>;
  /** Ends it (not needed when the fault ends by itself, e.g. a killed instance the fleet replaces). */
  end?(fleet: Fleet, timing: Timing): Promise<void>;
  /** The instance whose in-flight requests may fail. */
  victim?: string;
}

const FULL = { durationSeconds: 80, warmupS: 10, faultStartS: 30, faultEndS: 50, rate: 200, sseConnections: 1_000, voiceSockets: 200 };
const SHORT = { durationSeconds: 12, warmupS: 2, faultStartS: 4, faultEndS: 7, rate: 40, sseConnections: 100, voiceSockets: 20 };

/** Scenario (a)-(f) of issue 12, in order. Instance app2 (index 1) is the one killed or stopped. */
export const SCENARIOS: Scenario[] = [
  {
    name: 'kill',
    what: 'SIGKILL one instance (app2); the fleet starts a new one, as Cloud Run replaces a crashed instance',
    full: FULL,
    short: SHORT,
    victim: 'app2',
    async start(fleet) {
      await fleet.signal(1, 'SIGKILL');
      await fleet.waitReady(1);
    },
  },
  {
    name: 'term',
    what: 'SIGTERM one instance (app2): it drains (answers in flight finish, voice closes with 1012), the fleet starts a new one',
    full: FULL,
    short: SHORT,
    victim: 'app2',
    async start(fleet) {
      const { exitedAfterMs, code } = await fleet.signal(1, 'SIGTERM');
      if (code !== 0 || exitedAfterMs > 10_000) throw new Error(`drain: exit ${code} after ${Math.round(exitedAfterMs)} ms`);
      await fleet.waitReady(1);
    },
  },
  {
    name: 'redis-down',
    what: 'redis-server stopped (SIGTERM, the AOF written) and started again after the fault window (30 s in full)',
    full: { ...FULL, durationSeconds: 90, faultEndS: 60 },
    short: SHORT,
    async start(fleet) {
      await fleet.stopRedis();
    },
    async end(fleet) {
      await fleet.restartRedis();
    },
  },
  {
    name: 'redis-slow',
    what: 'every Redis command 200 ms slower (a TCP delay proxy between the instances and Redis)',
    full: { ...FULL, durationSeconds: 90, faultEndS: 60 },
    short: SHORT,
    async start(fleet) {
      await fleet.setRedisDelay(200);
    },
    async end(fleet) {
      await fleet.setRedisDelay(0);
    },
  },
  {
    name: 'gemini',
    what: 'Gemini (the wire double) answers 500 for the first half of the window, then hangs (no first byte) for the second',
    fleet: { gemini: true },
    full: { ...FULL, durationSeconds: 90, faultEndS: 60 },
    short: SHORT,
    async start(fleet, timing) {
      await fleet.setGemini({ kind: 'http-error', status: 500 });
      setTimeout(() => void fleet.setGemini({ kind: 'slow-first-byte', ms: 120_000 }), ((timing.faultEndS - timing.faultStartS) * 1000) / 2);
    },
    async end(fleet) {
      await fleet.setGemini({ kind: 'answer' });
    },
  },
  {
    name: 'lb-reload',
    what: 'HAProxy reloaded (SIGUSR2 to its master: a new worker takes the listener, the old one finishes its connections)',
    full: { ...FULL, durationSeconds: 60, faultEndS: 32 },
    short: { ...SHORT, faultEndS: 6 },
    // "during" is the two seconds after the reload, while the old worker hands over to the new one
    async start(fleet) {
      fleet.reloadLb();
      await sleep(2_000);
    },
  },
];

export function scenarioNamed(name: string): Scenario {
  const scenario = SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario ${name}: ${SCENARIOS.map((s) => s.name).join(', ')}, surge, soak`);
  return scenario;
}
