/** `--name N` from the command line as a number, or the fallback: the options of every benchmark script. */
export function numberOption(name: string, fallback: number, args: readonly string[] = process.argv.slice(2)): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

/** `--name value` from the command line as a string, or the fallback. */
export function stringOption(name: string, fallback: string, args: readonly string[] = process.argv.slice(2)): string {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}
