/**
 * The lockfile's integrity (issue 13; docs/security.md, LLM03), checked in CI before anything is installed:
 *   node scripts/check-lockfile.ts [package-lock.json]
 * - lockfileVersion 3, and its root entry declares exactly package.json's dependencies (no stale lock);
 * - every installed package is a registry package (by name and version, or an https tarball of one registry
 *   origin) with a sha512 integrity hash, so that `npm ci` verifies every byte it installs; no git, file, http or
 *   link sources.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lockfileProblems } from './lib/lockfile-check.ts';

const root = path.resolve(import.meta.dirname, '..');
const lockFile = process.argv[2] ?? path.join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as unknown;
const manifest = JSON.parse(readFileSync(path.join(path.dirname(lockFile), 'package.json'), 'utf8')) as unknown;
const { problems, packages, origin } = lockfileProblems(lock, manifest);
for (const problem of problems) console.error(`lockfile: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`lockfile: ${packages} packages, each from ${origin} with a sha512 integrity hash; the root matches package.json`);
