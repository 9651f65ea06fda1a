/**
 * The dependency audit's gate (issue 13): `npm audit --json` findings of high or critical severity, against a
 * reviewed allowlist (ops/supply-chain/audit-allowlist.json) in which every exception names the advisory and the
 * package, says why it is acceptable, who reviewed it, and when it expires.
 */

/** One accepted advisory. */
export interface AuditException {
  /** The advisory: its GHSA id (`GHSA-xxxx-xxxx-xxxx`). */
  advisory: string;
  package: string;
  /** Why the vulnerable code does not reach the service (or what contains it), in a sentence or more. */
  reason: string;
  reviewedBy: string;
  reviewed: string;
  /** YYYY-MM-DD, at most MAX_DAYS after `reviewed`; after it the exception no longer counts. */
  expires: string;
}

export interface Finding {
  advisory: string;
  package: string;
  severity: string;
  title: string;
}

const GHSA = /^GHSA-[23456789cfghjmpqrvwx]{4}-[23456789cfghjmpqrvwx]{4}-[23456789cfghjmpqrvwx]{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_DAYS = 180;
const GATED = new Set(['high', 'critical']);

/** What is wrong with the allowlist itself, given today's date (YYYY-MM-DD). */
export function allowlistProblems(exceptions: unknown, today: string): string[] {
  if (!Array.isArray(exceptions)) return ['`exceptions` must be a list'];
  return exceptions.flatMap((raw, i) => {
    const entry = raw as Partial<AuditException>;
    const where = `exception ${i + 1} (${entry.advisory ?? '?'})`;
    const problems: string[] = [];
    if (typeof entry.advisory !== 'string' || !GHSA.test(entry.advisory)) problems.push(`${where}: advisory must be a GHSA id`);
    if (typeof entry.package !== 'string' || entry.package === '') problems.push(`${where}: package is missing`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 30) problems.push(`${where}: the reason must say why it is acceptable (30 characters or more)`);
    if (typeof entry.reviewedBy !== 'string' || entry.reviewedBy.trim() === '') problems.push(`${where}: reviewedBy is missing`);
    if (typeof entry.reviewed !== 'string' || !DAY.test(entry.reviewed)) problems.push(`${where}: reviewed must be a date (YYYY-MM-DD)`);
    if (typeof entry.expires !== 'string' || !DAY.test(entry.expires)) problems.push(`${where}: expires must be a date (YYYY-MM-DD)`);
    else {
      if (entry.expires < today) problems.push(`${where}: expired on ${entry.expires}`);
      if (typeof entry.reviewed === 'string' && DAY.test(entry.reviewed) && daysBetween(entry.reviewed, entry.expires) > MAX_DAYS) {
        problems.push(`${where}: expires more than ${MAX_DAYS} days after its review`);
      }
    }
    return problems;
  });
}

/** The high and critical advisories of an `npm audit --json` report (auditReportVersion 2), one per advisory and package. */
export function findingsOf(report: unknown): Finding[] {
  const vulnerabilities = (report as { vulnerabilities?: Record<string, { via?: unknown[] }> }).vulnerabilities ?? {};
  const findings = new Map<string, Finding>();
  for (const vulnerability of Object.values(vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null) continue; // a package vulnerable through another one: that one is listed
      const { url, name, severity, title } = via as { url?: string; name?: string; severity?: string; title?: string };
      if (!severity || !GATED.has(severity)) continue;
      const advisory = /GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/i.exec(url ?? '')?.[0] ?? url ?? 'unknown';
      findings.set(`${advisory} ${name}`, { advisory, package: name ?? '?', severity, title: title ?? '' });
    }
  }
  return [...findings.values()];
}

/** The findings no live exception covers. */
export function unexcused(findings: Finding[], exceptions: AuditException[], today: string): Finding[] {
  const live = exceptions.filter((e) => e.expires >= today);
  return findings.filter((f) => !live.some((e) => e.advisory === f.advisory && e.package === f.package));
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
