import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowlistProblems, findingsOf, unexcused } from '../../scripts/lib/audit-gate.ts';
import { lockfileProblems } from '../../scripts/lib/lockfile-check.ts';

const TODAY = '2026-12-06';

/** A report in the shape `npm audit --json` writes (auditReportVersion 2): one direct finding, one through it. */
const REPORT = {
  auditReportVersion: 2,
  vulnerabilities: {
    'tar-lib': {
      name: 'tar-lib',
      severity: 'high',
      via: [{ source: 1100, name: 'tar-lib', dependency: 'tar-lib', title: 'Path traversal', url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw', severity: 'high', range: '<2.0.0' }],
      effects: ['bundler'],
    },
    bundler: { name: 'bundler', severity: 'high', via: ['tar-lib'], effects: [] },
    'left-pad': {
      name: 'left-pad',
      severity: 'moderate',
      via: [{ source: 1200, name: 'left-pad', title: 'Slow', url: 'https://github.com/advisories/GHSA-9wx4-h78v-vm56', severity: 'moderate' }],
      effects: [],
    },
  },
  metadata: { vulnerabilities: { high: 2, moderate: 1, critical: 0 } },
};

const exception = {
  advisory: 'GHSA-c2qf-rxjj-qqgw',
  package: 'tar-lib',
  reason: 'Only the build unpacks archives, and only our own; the server never loads tar-lib.',
  reviewedBy: 'security reviewer',
  reviewed: '2026-12-01',
  expires: '2027-03-01',
};

describe('the audit gate', () => {
  it('reports the high and critical advisories once, not the packages that only depend on them', () => {
    expect(findingsOf(REPORT)).toEqual([{ advisory: 'GHSA-c2qf-rxjj-qqgw', package: 'tar-lib', severity: 'high', title: 'Path traversal' }]);
  });

  it('lets a finding through only while a reviewed exception covers it', () => {
    const findings = findingsOf(REPORT);
    expect(unexcused(findings, [], TODAY)).toHaveLength(1);
    expect(unexcused(findings, [exception], TODAY)).toEqual([]);
    expect(unexcused(findings, [{ ...exception, expires: '2026-12-05' }], TODAY)).toHaveLength(1);
    expect(unexcused(findings, [{ ...exception, package: 'other' }], TODAY)).toHaveLength(1);
  });

  it('refuses an exception without a reason, a reviewer or a future expiry, or one that lasts too long', () => {
    expect(allowlistProblems([exception], TODAY)).toEqual([]);
    expect(allowlistProblems([{ ...exception, reason: 'fine' }], TODAY).join()).toContain('the reason must say why');
    expect(allowlistProblems([{ ...exception, reviewedBy: '' }], TODAY).join()).toContain('reviewedBy is missing');
    expect(allowlistProblems([{ ...exception, expires: '2026-12-05' }], TODAY).join()).toContain('expired on 2026-12-05');
    expect(allowlistProblems([{ ...exception, expires: 'soon' }], TODAY).join()).toContain('expires must be a date');
    expect(allowlistProblems([{ ...exception, expires: '2027-12-01' }], TODAY).join()).toContain('more than 180 days');
    expect(allowlistProblems([{ ...exception, advisory: 'CVE-2026-1' }], TODAY).join()).toContain('GHSA id');
  });

  it('keeps the project’s own allowlist valid', () => {
    const { exceptions } = JSON.parse(readFileSync('ops/supply-chain/audit-allowlist.json', 'utf8')) as { exceptions: unknown };
    expect(allowlistProblems(exceptions, new Date().toISOString().slice(0, 10))).toEqual([]);
  });
});

describe('the lockfile check', () => {
  const manifest = { dependencies: { hono: '4.13.19' }, devDependencies: { vitest: '4.1.12' } };
  const integrity = `sha512-${'A'.repeat(86)}==`;
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { hono: '4.13.19' }, devDependencies: { vitest: '4.1.12' } },
      'node_modules/hono': { version: '4.13.19', integrity },
      'node_modules/vitest': { version: '4.1.12', integrity, dev: true },
    },
  };

  it('passes a lock of registry packages with integrity hashes that matches package.json', () => {
    expect(lockfileProblems(lock, manifest).problems).toEqual([]);
    expect(lockfileProblems(JSON.parse(readFileSync('package-lock.json', 'utf8')), JSON.parse(readFileSync('package.json', 'utf8'))).problems).toEqual([]);
  });

  it('refuses git, file and http sources, links, missing hashes, a stale root and an old format', () => {
    const bad = structuredClone(lock) as { lockfileVersion: number; packages: Record<string, Record<string, unknown>> };
    bad.lockfileVersion = 2;
    bad.packages['node_modules/evil'] = { version: '1.0.0', resolved: 'git+ssh://git@example.invalid/evil.git#abc', integrity };
    bad.packages['node_modules/plain'] = { version: '1.0.0', resolved: 'http://example.invalid/plain-1.0.0.tgz', integrity };
    bad.packages['node_modules/local'] = { link: true, resolved: '../local' };
    bad.packages['node_modules/nohash'] = { version: '1.0.0' };
    const problems = lockfileProblems(bad, { ...manifest, dependencies: { hono: '4.13.20' } }).problems.join('\n');
    for (const expected of ['lockfileVersion is 2', 'evil is not a registry package', 'plain is not a registry package', 'local is a link', 'nohash has no sha512', 'root dependencies differ']) {
      expect(problems).toContain(expected);
    }
  });
});
