const WINDOW = 6;

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function windows(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + WINDOW <= list.length; i += 1) out.push(list.slice(i, i + WINDOW).join(' '));
  return out;
}

/**
 * Whether a piece of an answer repeats the system instruction (OWASP LLM07): it holds the instruction's canary,
 * or six words in a row of the instruction. A model asked to "repeat the text above" gives one or the other.
 */
export function createLeakCheck(systemInstruction: string, canary: string): (text: string) => boolean {
  const shingles = new Set(windows(words(systemInstruction)));
  const token = words(canary).join('');
  return (text) => {
    const seen = words(text);
    return seen.join('').includes(token) || windows(seen).some((window) => shingles.has(window));
  };
}
