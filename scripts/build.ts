/**
 * `npm run build`: the open-data snapshot (npm run ingest) and the web client (next build, static export),
 * each rebuilt only when its inputs changed since the last build, unless `--force`; then the hashes of the
 * export's inline scripts for the page's Content-Security-Policy (src/server/page-csp.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST, type CspManifest, inlineScriptHashes } from '../src/server/page-csp.ts';

const force = process.argv.includes('--force');
const root = path.resolve(import.meta.dirname, '..');

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

function outdated(output: string, inputs: string[]): boolean {
  const out = path.join(root, output);
  return force || !existsSync(out) || statSync(out).mtimeMs < newestMtime(inputs);
}

function run(script: string): void {
  execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
}

if (outdated('data/snapshot/corpus.json', ['data/opendata', 'src/opendata', 'src/retrieval', 'src/i18n/place-terms.ts', 'scripts/ingest.ts'])) run('ingest');
if (outdated('out/index.html', ['src/app', 'src/components', 'src/i18n', 'public', 'next.config.ts', 'package.json'])) run('build:web');

/** Every HTML file of the export, however deep. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

// The export's inline scripts are fixed once `next build` has run: their hashes replace 'unsafe-inline'.
const exportDir = path.join(root, 'out');
if (outdated(path.join('out', CSP_MANIFEST), ['out/index.html'])) {
  const hashes = new Set(htmlFiles(exportDir).flatMap((file) => inlineScriptHashes(readFileSync(file, 'utf8'))));
  const manifest: CspManifest = { scriptHashes: [...hashes].sort() };
  writeFileSync(path.join(exportDir, CSP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`build: ${manifest.scriptHashes.length} inline script hashes for the page's CSP (out/${CSP_MANIFEST})\n`);
}
