import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The error codes docs/api.md documents, with their HTTP status, read from its error table: a fuzz case whose
 * error is not in the table (or has another status) breaks the documented shape, and so does an undocumented code.
 */
export function documentedErrors(): Map<string, number> {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../docs/api.md'), 'utf8');
  const table = text.slice(text.indexOf('## Errors'), text.indexOf('## Configuration'));
  const codes = new Map<string, number>();
  for (const line of table.split('\n')) {
    const row = /^\| (\d{3}) \| (.+?) \|/.exec(line);
    if (!row?.[1] || !row[2]) continue;
    for (const code of row[2].matchAll(/`([a-z_]+)`/g)) if (code[1]) codes.set(code[1], Number(row[1]));
  }
  return codes;
}

/** What is wrong with an error body against the documented shape `{ error: { code, message, … }, requestId }`. */
export function errorShapeProblems(body: unknown, status: number | undefined, documented: Map<string, number>, needsRequestId = true): string[] {
  const problems: string[] = [];
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return [`no error object in ${JSON.stringify(body)?.slice(0, 200)}`];
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (!code || !documented.has(code)) problems.push(`undocumented error code ${String(error.code)}`);
  else if (status !== undefined && documented.get(code) !== status) problems.push(`${code} came with ${status}, documented ${documented.get(code)}`);
  if (typeof error.message !== 'string' || error.message === '') problems.push(`${code}: no message`);
  if (needsRequestId && typeof (body as { requestId?: unknown }).requestId !== 'string') problems.push(`${code}: no requestId`);
  return problems;
}
