/**
 * The dependency audit gate of CI (issue 13; docs/security.md, LLM03):
 *   node scripts/check-audit.ts                   runs `npm audit --json` (every dependency, dev ones too)
 *   node scripts/check-audit.ts --report FILE     reads a report saved from `npm audit --json`
 *   node scripts/check-audit.ts --allowlist-only  checks the allowlist alone (no registry call)
 * Fails (exit 1) on a high or critical advisory that ops/supply-chain/audit-allowlist.json does not excuse, and on
 * an allowlist entry without a reason, a reviewer, or an expiry date in the future. Exit 2: the audit could not run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type AuditException, allowlistProblems, findingsOf, unexcused } from './lib/audit-gate.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { report: { type: 'string' }, 'allowlist-only': { type: 'boolean', default: false }, allowlist: { type: 'string' } } });
const today = new Date().toISOString().slice(0, 10);
const allowlistFile = values.allowlist ?? path.join(root, 'ops/supply-chain/audit-allowlist.json');
const { exceptions } = JSON.parse(readFileSync(allowlistFile, 'utf8')) as { exceptions: AuditException[] };

const problems = allowlistProblems(exceptions, today);
for (const problem of problems) console.error(`audit allowlist: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`audit allowlist: ${exceptions.length} exception(s), each with a reason, a reviewer and an expiry date`);
if (values['allowlist-only']) process.exit(0);

const report = values.report ? readFileSync(values.report, 'utf8') : runAudit();
let parsed: unknown;
try {
  parsed = JSON.parse(report);
} catch (error) {
  console.error(`audit: the report is not JSON (${String(error)})`);
  process.exit(2);
}
if ((parsed as { error?: unknown }).error || !(parsed as { vulnerabilities?: unknown }).vulnerabilities) {
  console.error(`audit: npm audit did not report: ${JSON.stringify((parsed as { error?: unknown }).error ?? parsed).slice(0, 300)}`);
  process.exit(2);
}
const findings = findingsOf(parsed);
const open = unexcused(findings, exceptions, today);
for (const f of findings) console.log(`audit: ${f.severity} ${f.advisory} in ${f.package}: ${f.title}${open.includes(f) ? '' : ' (excused by the allowlist)'}`);
const unused = exceptions.filter((e) => !findings.some((f) => f.advisory === e.advisory && f.package === e.package));
for (const e of unused) console.log(`audit: the exception for ${e.advisory} in ${e.package} is no longer needed: remove it`);
console.log(`audit: ${findings.length} high or critical finding(s), ${open.length} not excused`);
process.exit(open.length > 0 ? 1 : 0);

function runAudit(): string {
  try {
    return execFileSync('npm', ['audit', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    // npm audit exits non-zero when it finds anything: its JSON is still on stdout
    const stdout = (error as { stdout?: string }).stdout;
    if (stdout) return stdout;
    console.error(`audit: npm audit failed: ${String(error)}`);
    process.exit(2);
  }
}
