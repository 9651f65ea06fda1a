/**
 * Draws the soak's samples (bench/results/fleet-soak.json, written by `npm run fleet -- --scenario soak`) as an
 * SVG chart: resident memory and event-loop delay of each instance, and Redis's memory, against time.
 *   node bench/fleet/plot-soak.ts [results.json] [out.svg]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SoakReport } from './soak.ts';

const root = path.resolve(import.meta.dirname, '../..');
const input = process.argv[2] ?? path.join(root, 'bench/results/fleet-soak.json');
const output = process.argv[3] ?? path.join(root, 'docs/images/fleet-soak.svg');
const report = JSON.parse(readFileSync(input, 'utf8')) as SoakReport;
// the first sample is taken as the instances start (their event loop is busy loading the snapshot)
report.samples = report.samples.filter((sample) => sample.t > 0).sort((a, b) => a.t - b.t);

const WIDTH = 760;
const PANEL = 180;
const LEFT = 64;
const RIGHT = 150;
const TOP = 56;
const GAP = 46;
const COLOURS = ['#1b6ac9', '#d1495b', '#2a9d8f'];

interface Series {
  name: string;
  colour: string;
  points: Array<[number, number]>;
}

function escape(text: string): string {
  return text.replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** One panel: axes with rounded ticks, a polyline per series, the legend on the right. */
function panel(title: string, unit: string, series: Series[], top: number, maxMinutes: number): string {
  const values = series.flatMap((s) => s.points.map(([, v]) => v)).filter(Number.isFinite);
  const step = niceStep((Math.max(...values) * 1.1) / 4);
  const high = step * 4;
  const x = (minutes: number) => LEFT + (minutes / maxMinutes) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => top + PANEL - (value / high) * PANEL;
  const parts = [`<text x="${LEFT}" y="${top - 10}" class="title">${escape(title)}</text>`];
  for (let i = 0; i <= 4; i += 1) {
    const value = (high / 4) * i;
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(value)}" y2="${y(value)}" class="grid"/>`);
    parts.push(`<text x="${LEFT - 6}" y="${y(value) + 4}" class="tick" text-anchor="end">${value.toFixed(value < 10 ? 1 : 0)}</text>`);
  }
  parts.push(`<text x="14" y="${top + PANEL / 2}" class="tick" transform="rotate(-90 14 ${top + PANEL / 2})" text-anchor="middle">${escape(unit)}</text>`);
  for (let minute = 0; minute <= maxMinutes; minute += maxMinutes > 12 ? 5 : 1) {
    parts.push(`<text x="${x(minute)}" y="${top + PANEL + 16}" class="tick" text-anchor="middle">${minute}</text>`);
  }
  // warm-up: the first five minutes, left out of the growth figure
  parts.push(`<rect x="${LEFT}" y="${top}" width="${x(Math.min(5, maxMinutes)) - LEFT}" height="${PANEL}" class="warmup"/>`);
  series.forEach((s, i) => {
    const points = s.points.filter(([, v]) => Number.isFinite(v)).map(([m, v]) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`);
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="1.8"/>`);
    parts.push(`<rect x="${WIDTH - RIGHT + 14}" y="${top + 8 + i * 20}" width="12" height="3" fill="${s.colour}"/>`);
    parts.push(`<text x="${WIDTH - RIGHT + 32}" y="${top + 13 + i * 20}" class="tick">${escape(s.name)}</text>`);
  });
  return parts.join('\n');
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value`: round tick steps. */
function niceStep(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

const minutes = (t: number) => t / 60;
const maxMinutes = Math.max(1, Math.ceil(minutes(report.samples.at(-1)?.t ?? 60)));
const instances = report.samples[0]?.rssMiB.length ?? 0;
const perInstance = (pick: (sample: SoakReport['samples'][number]) => number[]): Series[] =>
  Array.from({ length: instances }, (_, i) => ({ name: `app${i + 1}`, colour: COLOURS[i % COLOURS.length] as string, points: report.samples.map((s) => [minutes(s.t), pick(s)[i] as number]) }));

const height = TOP + 3 * (PANEL + GAP) + 20;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">
<style>.title{font-size:13px;font-weight:bold}.tick{font-size:11px;fill:#333}.grid{stroke:#ddd}.warmup{fill:#000;opacity:0.04}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${LEFT}" y="18" class="title">Soak: ${report.rate} turns/s for ${report.minutes} min across three instances, ended ${escape(report.date.slice(0, 16))}Z</text>
<text x="${LEFT}" y="34" class="tick">x: minutes; shaded: warm-up, left out of the growth figures; samples every 10 s</text>
${panel('Resident memory per instance', 'MiB', perInstance((s) => s.rssMiB), TOP + 12, maxMinutes)}
${panel('Event-loop delay per instance (p99)', 'ms', perInstance((s) => s.eventLoopP99Ms), TOP + 12 + PANEL + GAP, maxMinutes)}
${panel('Redis memory', 'MiB', [{ name: 'used_memory', colour: COLOURS[0] as string, points: report.samples.map((s) => [minutes(s.t), s.redisUsedMiB]) }], TOP + 12 + 2 * (PANEL + GAP), maxMinutes)}
</svg>
`;
writeFileSync(output, svg);
console.log(`wrote ${path.relative(root, output)} (${report.samples.length} samples)`);
