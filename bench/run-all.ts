/**
 * `npm run bench`: every benchmark, one after another (never in parallel: they would measure each other).
 * Each prints its figures and writes bench/results/<name>.json where it keeps one; docs/benchmarks.md quotes them.
 * `npm run bench -- chat-turn voice-latency` runs only those. The container benchmark (bench/container.sh) builds
 * an image and takes minutes: it runs only when named.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const DEFAULT = [
  'chat-turn',
  'pipeline-turn',
  'snapshot-load',
  'retrieval',
  'observability-overhead',
  'metrics-scrape',
  'gemini-latency',
  'translation-semantic',
  'voice-latency',
  'backup-restore',
  'web-first-load',
];
const ON_REQUEST = ['container', 'retrieval-libraries', 'observability-logger', 'ingest-phases', 'address-locator-accuracy', 'capacity-check', 'scaling-backtest', 'corpus-scale', 'refresh-discovery'];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !DEFAULT.includes(name) && !ON_REQUEST.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; known: ${[...DEFAULT, ...ON_REQUEST].join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of asked.length > 0 ? asked : DEFAULT) {
  console.log(`\n=== ${name} (${new Date().toISOString()}, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}) ===`);
  const script = path.join(import.meta.dirname, name === 'container' ? 'container.sh' : `${name}.ts`);
  const command = name === 'container' ? 'bash' : process.execPath;
  const result = spawnSync(command, [script], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${name} failed with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
