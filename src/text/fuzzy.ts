/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, the commonest typo: "toliet"),
 * stopping early once it exceeds `max`. Short strings only (words and names): O(len² ) with two rows.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/**
 * How many typos a word of this length may carry and still count: none below 6 letters (so "even" is not
 * "event" and "floor" is not "flood"), 1 up to 8 letters, then 2.
 */
export function typoBudget(length: number): number {
  if (length < 6) return 0;
  return length < 9 ? 1 : 2;
}
