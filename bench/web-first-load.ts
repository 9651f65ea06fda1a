/**
 * The web page's weight: builds the static export (`next build`, unless `--no-build`), then sums the gzip sizes
 * of what a browser fetches to show the page (the first load: out/index.html and every script and style sheet it
 * references) and lists the assets loaded later on demand, the map among them (the chunks that hold Leaflet).
 * Targets (issue 11): the map adds at most 60 KB gzip, loaded on the first answer with places, not with the page;
 * the first load stays under its size before the map + 10 %. Prints the figures and writes
 * bench/results/web-first-load.json. gzip at zlib's default level (6), as a server or CDN compresses by default.
 * Run: node bench/web-first-load.ts [--no-build] [--out out]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What marks a chunk as the map's: Leaflet's own class names, in its script and in its style sheet. */
const MAP_MARKER = 'leaflet-';
const KB = 1000;

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string', default: 'out' } } });
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, values.out);

if (!values['no-build']) execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });

const measure = (file: string): Asset => {
  const body = readFileSync(path.join(outDir, file));
  return { file, bytes: body.length, gzipBytes: gzipSync(body).length };
};

/** The scripts and style sheets the page's HTML asks for (`<script src>`, `<link rel=stylesheet|preload href>`). */
function firstLoadFiles(html: string): string[] {
  const references = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*\shref="([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? match[2] ?? '');
  return [...new Set(references.filter((href) => href.startsWith('/_next/')).map((href) => href.slice(1)))];
}

function staticFiles(dir: string): string[] {
  return readdirSync(path.join(outDir, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(js|css)$/.test(entry.name))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
}

const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const firstFiles = firstLoadFiles(html);
const firstLoad = [measure('index.html'), ...firstFiles.map(measure)];
const later = staticFiles('_next/static')
  .filter((file) => !firstFiles.includes(file))
  .map((file) => ({ ...measure(file), map: readFileSync(path.join(outDir, file), 'utf8').includes(MAP_MARKER) }));
const leaked = firstFiles.filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes(MAP_MARKER));

const sum = (assets: Asset[], key: 'bytes' | 'gzipBytes') => assets.reduce((total, asset) => total + asset[key], 0);
const map = later.filter((asset) => asset.map);
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]?.toFixed(1)}`,
  node: process.version,
  firstLoad: { bytes: sum(firstLoad, 'bytes'), gzipBytes: sum(firstLoad, 'gzipBytes'), assets: firstLoad },
  map: { bytes: sum(map, 'bytes'), gzipBytes: sum(map, 'gzipBytes'), assets: map },
  loadedLater: later,
  mapInFirstLoad: leaked,
};

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
console.log('first load (the page before any question):');
for (const asset of firstLoad) console.log(`  ${asset.file.padEnd(56)} ${kb(asset.bytes).padStart(9)}  gzip ${kb(asset.gzipBytes).padStart(8)}`);
console.log(`  ${'total'.padEnd(56)} ${kb(result.firstLoad.bytes).padStart(9)}  gzip ${kb(result.firstLoad.gzipBytes).padStart(8)}`);
console.log('not in the first load (loaded on demand, or never):');
for (const asset of later) console.log(`  ${asset.file.padEnd(56)} ${kb(asset.bytes).padStart(9)}  gzip ${kb(asset.gzipBytes).padStart(8)}${asset.map ? '  (map)' : ''}`);
console.log(`map (Leaflet and its styles, loaded with the first answer that has places): ${kb(result.map.bytes)}, gzip ${kb(result.map.gzipBytes)}`);

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/web-first-load.json'), `${JSON.stringify(result, null, 2)}\n`);
if (leaked.length > 0) {
  console.error(`the map library is part of the first load: ${leaked.join(', ')}`);
  process.exit(1);
}
