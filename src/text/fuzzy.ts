/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, the commonest typo: "toliet"),
 * stopping early once it exceeds `max`. Short strings only (words and names): O(len² ) with two rows.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < width * 3) rows = new Int32Array(width * 3 * 2);
  // three rows in one buffer, reused between calls: the row before the previous (for transpositions), the previous, the current
  let before = 0;
  let previous = width;
  let current = width * 2;
  for (let j = 0; j < width; j += 1) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rows[current] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min((rows[previous + j] as number) + 1, (rows[current + j - 1] as number) + 1, (rows[previous + j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, (rows[before + j - 2] as number) + 1);
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + b.length] as number;
}

/** The rows editDistance works in, grown as longer strings come. */
let rows = new Int32Array(64 * 3);

/**
 * How many typos a word of this length may carry and still count: none below 6 letters (so "even" is not
 * "event" and "floor" is not "flood"), 1 up to 8 letters, then 2.
 */
export function typoBudget(length: number): number {
  if (length < 6) return 0;
  return length < 9 ? 1 : 2;
}
