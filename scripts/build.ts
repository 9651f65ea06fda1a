/**
 * `npm run build`: the open-data snapshot (npm run ingest) and the web client (next build, static export),
 * each rebuilt only when its inputs changed since the last build, unless `--force`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
