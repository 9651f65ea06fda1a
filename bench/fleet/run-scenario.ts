import { Fleet } from './fleet.ts';
import { runLoad } from './load.ts';
import { checkSessions, faultReport, type FaultReport, loadAverage } from './report.ts';
import type { Scenario, Timing } from './scenarios.ts';

/**
 * Runs one fault scenario: a fresh fleet, the mixed load at the timing's rate, the fault at its start (and its
 * end), every session read back after the load, and the report. The fleet is stopped whatever happens.
 */
export async function runScenario(scenario: Scenario, timing: Timing, options: { command: string; log?: (line: string) => void }): Promise<FaultReport> {
  const fleet = new Fleet({ ...scenario.fleet, log: options.log });
  try {
    await fleet.start();
    const loadBefore = loadAverage();
    let faultStart = timing.faultStartS * 1000;
    let faultEnd = timing.faultEndS * 1000;
    const notes: string[] = [];
    const clock = { startedAt: 0 };
    const since = () => performance.now() - clock.startedAt;
    const failed = (error: unknown) => notes.push(`fault step failed: ${String(error)}`);
    const load = runLoad({
      url: fleet.url,
      rate: () => timing.rate,
      durationSeconds: timing.durationSeconds,
      sseConnections: timing.sseConnections,
      voiceSockets: timing.voiceSockets,
      onSecond: (second) => {
        if (clock.startedAt === 0) clock.startedAt = performance.now() - second * 1000;
        if (second === timing.faultStartS) {
          faultStart = since();
          options.log?.(`[${scenario.name}] fault begins at ${(faultStart / 1000).toFixed(1)} s: ${scenario.what}`);
          // the scenario's steps run beside the load: the load's clock must not wait for them
          void scenario.start(fleet, timing).then(() => {
            if (!scenario.end) faultEnd = since();
          }, failed);
        }
        if (second === timing.faultEndS && scenario.end) {
          void scenario.end(fleet, timing).then(() => {
            faultEnd = since();
          }, failed);
        }
      },
    });
    const result = await load;
    // the fault windows were measured on the load's own clock
    const shift = clock.startedAt - result.startedAt;
    const sessions = await checkSessions(fleet.redis(), result.ledger, result.startedAt);
    return faultReport({
      scenario: scenario.name,
      command: options.command,
      loadBefore,
      load: result,
      sessions,
      rate: timing.rate,
      durationSeconds: timing.durationSeconds,
      warmupS: timing.warmupS,
      fault: { startS: round1((faultStart + shift) / 1000), endS: round1((faultEnd + shift) / 1000), what: scenario.what },
      killedInstance: scenario.victim,
      notes,
    });
  } finally {
    await fleet.stop();
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
