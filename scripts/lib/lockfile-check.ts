/** What the lockfile check (scripts/check-lockfile.ts) finds wrong with a package-lock.json and its package.json. */
export function lockfileProblems(lock: unknown, manifest: unknown): { problems: string[]; packages: number; origin: string } {
  const problems: string[] = [];
  const { lockfileVersion, packages = {} } = lock as { lockfileVersion?: number; packages?: Record<string, Record<string, unknown>> };
  if (lockfileVersion !== 3) problems.push(`lockfileVersion is ${String(lockfileVersion)}, not 3`);
  const rootEntry = packages[''] ?? {};
  const wanted = manifest as Record<string, Record<string, string> | undefined>;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const declared = JSON.stringify(sorted(wanted[field]));
    const locked = JSON.stringify(sorted(rootEntry[field] as Record<string, string> | undefined));
    if (declared !== locked) problems.push(`the lock's root ${field} differ from package.json's: run npm install`);
  }
  const origins = new Set<string>();
  let count = 0;
  for (const [where, entry] of Object.entries(packages)) {
    if (where === '' || !where.includes('node_modules/')) continue;
    if (entry.link === true) {
      problems.push(`${where} is a link to ${String(entry.resolved)}`);
      continue;
    }
    count += 1;
    // no `resolved`: a registry package, fetched by name and version from the configured registry (npm's
    // omit-lockfile-registry-resolved keeps registry hosts out of the lock); one that is given must be a tarball
    const resolved = entry.resolved;
    if (resolved !== undefined) {
      if (typeof resolved !== 'string' || !URL.canParse(resolved) || new URL(resolved).protocol !== 'https:' || !resolved.endsWith('.tgz')) {
        problems.push(`${where} is not a registry package: ${String(resolved)}`);
      } else {
        origins.add(new URL(resolved).origin);
      }
    }
    if (typeof entry.integrity !== 'string' || !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity)) problems.push(`${where} has no sha512 integrity hash`);
  }
  if (origins.size > 1) problems.push(`packages come from ${origins.size} origins: ${[...origins].join(', ')}`);
  return { problems, packages: count, origin: [...origins][0] ?? 'the configured registry' };
}

function sorted(record: Record<string, string> | undefined): Array<[string, string]> {
  return Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b));
}
