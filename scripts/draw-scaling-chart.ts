/**
 * Draws docs/images/scaling-backtest.svg from bench/results/scaling-backtest-chart.json (written by
 * `node bench/scaling-backtest.ts`): for each window of the backtest, the instances the traffic needs with every
 * slot busy, the instances running with the reactive autoscaler alone, with the forecaster's floor added, and the
 * floor itself. Plain SVG written here: no chart library, no network, readable in any browser or on GitHub.
 *
 * Run: node scripts/draw-scaling-chart.ts [chart.json] [out.svg]
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface ChartWindow {
  name: string;
  scenario: string;
  startMs: number;
  neededAtLimit: number[];
  reactive: number[];
  predictive: number[];
  floor: number[];
}

const input = process.argv[2] ?? 'bench/results/scaling-backtest-chart.json';
const output = process.argv[3] ?? 'docs/images/scaling-backtest.svg';
const results = JSON.parse(readFileSync(input, 'utf8')) as { chart: ChartWindow[]; date: string; seed: number; peakTurnsPerSecond: number };

const WIDTH = 960;
const PANEL = 230;
const MARGIN = { left: 52, right: 16, top: 58, bottom: 34 };
const COLOURS = { needed: '#9aa0a6', reactive: '#e8710a', predictive: '#1a73e8', floor: '#1a73e8' };
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A polyline of one series, `step` for counts that change in steps. */
function line(values: number[], x: (i: number) => number, y: (v: number) => number, style: string): string {
  const points: string[] = [`${x(0).toFixed(1)},${y(values[0] ?? 0).toFixed(1)}`];
  values.forEach((value, i) => {
    if (i === 0 || value === values[i - 1]) return; // a step: only where the count changes
    points.push(`${x(i).toFixed(1)},${y(values[i - 1] as number).toFixed(1)}`, `${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  points.push(`${x(values.length - 1).toFixed(1)},${y(values.at(-1) ?? 0).toFixed(1)}`);
  return `<polyline fill="none" ${style} points="${points.join(' ')}"/>`;
}

/** At most `points` points a series: each the highest value of its bucket, so that short spikes stay visible. */
function downsample(values: number[], bucket: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += bucket) out.push(Math.max(...values.slice(i, i + bucket)));
  return out;
}

function panel(full: ChartWindow, top: number): string {
  const bucket = Math.max(1, Math.ceil(full.reactive.length / 720));
  const window = {
    ...full,
    neededAtLimit: downsample(full.neededAtLimit, bucket),
    reactive: downsample(full.reactive, bucket),
    predictive: downsample(full.predictive, bucket),
    floor: downsample(full.floor, bucket),
  };
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL - 40;
  const minutes = window.reactive.length;
  const yMax = Math.max(8, Math.ceil(Math.max(...window.reactive, ...window.predictive, ...window.neededAtLimit) / 4) * 4);
  const x = (i: number) => MARGIN.left + (i / minutes) * plotWidth;
  const y = (v: number) => top + 22 + plotHeight - (v / yMax) * plotHeight;
  const parts: string[] = [`<text x="${MARGIN.left}" y="${top + 14}" font-size="13" font-weight="600">${escape(window.name)}</text>`];
  for (let v = 0; v <= yMax; v += yMax / 4) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${v}</text>`);
  }
  // a tick every 6 hours of Tokyo time
  for (let i = 0; i < minutes; i += 1) {
    const jst = new Date(window.startMs + i * bucket * 60_000 + 9 * 3_600_000);
    if (jst.getUTCMinutes() >= bucket || jst.getUTCHours() % 6 !== 0) continue;
    const label = jst.getUTCHours() === 0 ? `${jst.getUTCMonth() + 1}/${jst.getUTCDate()}` : `${jst.getUTCHours()}:00`;
    parts.push(`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${y(0)}" y2="${y(0) + 4}" stroke="#5f6368"/>`);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${y(0) + 16}" font-size="11" text-anchor="middle"${jst.getUTCHours() === 0 ? ' font-weight="600"' : ''}>${label}</text>`);
  }
  const area = window.neededAtLimit.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  parts.push(`<polygon fill="${COLOURS.needed}" fill-opacity="0.35" points="${x(0)},${y(0)} ${area.join(' ')} ${x(minutes - 1)},${y(0)}"/>`);
  parts.push(line(window.reactive, x, y, `stroke="${COLOURS.reactive}" stroke-width="1.6"`));
  parts.push(line(window.predictive, x, y, `stroke="${COLOURS.predictive}" stroke-width="1.6"`));
  parts.push(line(window.floor, x, y, `stroke="${COLOURS.floor}" stroke-width="1.2" stroke-dasharray="4 3"`));
  return parts.join('\n');
}

const height = MARGIN.top + results.chart.length * PANEL + MARGIN.bottom;
const legend = [
  [COLOURS.needed, 'instances needed with every slot busy (traffic × 1.41 s ÷ 80)', 'fill'],
  [COLOURS.reactive, 'instances, reactive autoscaler alone', 'line'],
  [COLOURS.predictive, 'instances, reactive + forecaster floor', 'line'],
  [COLOURS.floor, 'floor set by the forecaster', 'dash'],
] as const;
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Noto Sans, Helvetica, Arial, sans-serif" fill="#202124">`,
  `<rect width="100%" height="100%" fill="#ffffff"/>`,
  `<text x="${MARGIN.left}" y="20" font-size="15" font-weight="700">Predictive scaling backtest: Cloud Run instances (synthetic traffic, seed ${results.seed}, workday peak ${results.peakTurnsPerSecond} turns/s)</text>`,
  ...legend.map(([colour, text, kind], i) => {
    const lx = MARGIN.left + (i % 2) * 440;
    const ly = 38 + Math.floor(i / 2) * 14;
    const mark =
      kind === 'fill'
        ? `<rect x="${lx}" y="${ly - 8}" width="18" height="9" fill="${colour}" fill-opacity="0.35"/>`
        : `<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"${kind === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`;
    return `${mark}<text x="${lx + 24}" y="${ly}" font-size="11">${escape(text)}</text>`;
  }),
  ...results.chart.map((window, i) => panel(window, MARGIN.top + i * PANEL)),
  `<text x="${MARGIN.left}" y="${height - 8}" font-size="10" fill="#5f6368">node bench/scaling-backtest.ts (${results.date.slice(0, 10)}), drawn by node scripts/draw-scaling-chart.ts; cold start 2.7 s, metrics-based + on-demand scaling, 60 % target, 3–20 instances</text>`,
  '</svg>',
].join('\n');
writeFileSync(output, `${svg}\n`);
console.log(`wrote ${output} (${(svg.length / 1024).toFixed(0)} KiB)`);
