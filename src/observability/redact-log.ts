import { redactPersonalData } from './redact.ts';

const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/**
 * A log value with personal data redacted from every string in it (message, fields, nested objects, errors
 * and their causes), so nothing a user typed reaches a log line as typed. Plain objects and arrays are
 * copied, never changed in place; deeper than MAX_DEPTH or longer than MAX_ITEMS is cut, which also stops
 * a circular structure.
 */
export function redactLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[depth]';
  if (value instanceof Error) return redactError(value, depth);
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redactLogValue(item, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value; // Dates, Buffers, class instances: pino serialises them as they are
  const copy: Record<string, unknown> = {};
  let count = 0;
  for (const [key, item] of Object.entries(value)) {
    if (count++ >= MAX_ITEMS) break;
    copy[key] = redactLogValue(item, depth + 1);
  }
  return copy;
}

// printable ASCII without a digit or '@': NFKC leaves it as it is, and every kind of personal data redact.ts finds
// (e-mail, phone, My Number, card, street number) needs one of them. Most log values are like this (methods,
// routes, codes, names), and skipping them halves the cost of a log line (bench/observability-logger.ts).
const NOTHING_TO_REDACT = /^[\x20-\x2f\x3a-\x3f\x41-\x7e]*$/;

function redactText(text: string): string {
  return NOTHING_TO_REDACT.test(text) ? text : redactPersonalData(text);
}

/** An error as a plain object (pino's `err` shape: type, message, stack) with its text redacted. */
export function redactError(error: Error, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: error.name,
    message: redactText(error.message),
    stack: error.stack === undefined ? undefined : redactText(error.stack),
  };
  const { code, status } = error as { code?: unknown; status?: unknown };
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (typeof status === 'number') out.status = status;
  if (error.cause !== undefined) out.cause = depth + 1 >= MAX_DEPTH ? '[depth]' : redactLogValue(error.cause, depth + 1);
  return out;
}

/**
 * The arguments of a pino call with personal data redacted. An Error passed first becomes `{ err }`, as pino
 * itself would log it, so that its message does not overwrite the line's `message`.
 */
export function redactLogArguments(args: unknown[]): unknown[] {
  return args.map((arg, index) => {
    if (index === 0 && arg instanceof Error) return { err: redactError(arg) };
    return redactLogValue(arg);
  });
}
