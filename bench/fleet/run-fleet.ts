/**
 * The local fleet (issue 12; docs/operations.md, "Fleet"):
 *   npm run fleet                                   three instances, Redis (AOF everysec), HAProxy; until Ctrl-C
 *   npm run fleet -- --scenario kill|term|redis-down|redis-slow|gemini|lb-reload [--short]
 *   npm run fleet -- --scenario all [--short]       the six fault scenarios, one fresh fleet each
 *   npm run fleet -- --scenario surge [--short] [--base 200] [--pin] [--limit 80]
 *                                                   base turns/s to 20x within 60 s against three instances;
 *                                                   --pin: instances on CPU 1, the generator on CPU 0
 *   npm run fleet -- --scenario soak [--minutes 30] [--rate 300]
 * Reports are printed and written to bench/results/fleet-<name>.json. Every process started is stopped at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { numberOption } from '../lib/options.ts';
import { Fleet } from './fleet.ts';
import { formatReport } from './report.ts';
import { runScenario } from './run-scenario.ts';
import { SCENARIOS, scenarioNamed } from './scenarios.ts';
import { formatSurge, runSurge } from './surge.ts';
import { runSoak } from './soak.ts';

const args = process.argv.slice(2);
const name = args[args.indexOf('--scenario') + 1];
const short = args.includes('--short');
const results = path.resolve(import.meta.dirname, '../results');
const command = `npm run fleet -- ${args.join(' ')}`.trim();
const log = (line: string) => console.error(line);

function save(file: string, data: unknown): void {
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, file), `${JSON.stringify(data, null, 2)}\n`);
}

// a run stopped by hand leaves no process behind
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the fleet`);
    void Promise.all([...Fleet.running].map((fleet) => fleet.stop())).then(() => process.exit(130));
  });
}

if (!args.includes('--scenario')) {
  const fleet = new Fleet({ log });
  await fleet.start();
  console.log(`fleet up: ${fleet.url} (redis on ${fleet.redisPort}); Ctrl-C stops it`);
} else if (name === 'surge') {
  const report = await runSurge({ short, base: numberOption('base', 200), pin: args.includes('--pin'), limit: args.includes('--limit') ? numberOption('limit', 80) : undefined, command, log });
  console.log(formatSurge(report));
  // one report per shape: fleet-surge.json, fleet-surge-pinned.json, fleet-surge-pinned-limit13.json
  if (!short) save(`fleet-surge${args.includes('--pin') ? '-pinned' : ''}${args.includes('--limit') ? `-limit${numberOption('limit', 80)}` : ''}.json`, report);
} else if (name === 'soak') {
  const report = await runSoak({ minutes: numberOption('minutes', 30), rate: numberOption('rate', 300), command, log });
  save('fleet-soak.json', report);
  console.log(`soak: ${report.samples.length} samples; RSS growth after warm-up ${report.summary.rssGrowthPercent.map((p) => `${p.toFixed(1)} %`).join(', ')}`);
} else {
  const chosen = name === 'all' ? SCENARIOS : [scenarioNamed(name ?? '')];
  for (const scenario of chosen) {
    const timing = { ...(short ? scenario.short : scenario.full) };
    timing.rate = numberOption('rate', timing.rate);
    const report = await runScenario(scenario, timing, { command, log });
    console.log(formatReport(report));
    if (!short) save(`fleet-${scenario.name}.json`, report);
  }
}
