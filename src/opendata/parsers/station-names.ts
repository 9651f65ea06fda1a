/**
 * Station and line names in the 東京都福祉局 station-toilet list are typed by each railway company, and the
 * same station is not always spelled the same way. These repairs make one station one name, so it matches
 * the gazetteer and the question; each one is counted as a fix.
 */

export interface StationName {
  /** The station as people name it, without 駅 and without the part of the station. */
  station: string;
  /** The part of the station the row is about (`地下`, `上り`, `西口`), when the name carried one. */
  part?: string;
  fixes: string[];
}

const EXIT = /^(.{2,}?)(東口|西口|南口|北口|中央口)$/;
const QUALIFIER = /^(.+?)[（(]([^）)]+)[）)]$/;

/**
 * Canonical station names for a whole file: strips a trailing 駅, moves a parenthesised part (`東京（地下）`) and
 * an exit written into the name (`京王八王子西口`, when 京王八王子 is a station of the file) to `part`, and spells
 * ヶ/ケ variants of one station the way most rows do (`市ヶ谷` → `市ケ谷`).
 */
export function canonicalStationNames(rawNames: readonly string[]): Map<string, StationName> {
  const first = new Map<string, StationName>();
  for (const raw of new Set(rawNames)) first.set(raw, splitStationName(raw));
  const stems = new Set([...first.values()].map((name) => name.station));
  for (const name of first.values()) {
    const exit = EXIT.exec(name.station);
    if (exit?.[1] && exit[2] && stems.has(exit[1]) && !name.part) {
      name.station = exit[1];
      name.part = exit[2];
      name.fixes.push('exit written into the station name (moved to details)');
    }
  }
  const spelling = majoritySpelling(rawNames.map((raw) => first.get(raw)?.station ?? raw));
  for (const name of first.values()) {
    const chosen = spelling.get(foldSmallKe(name.station));
    if (chosen && chosen !== name.station) {
      name.fixes.push(`inconsistent spelling of the station name (${name.station} → ${chosen})`);
      name.station = chosen;
    }
  }
  return first;
}

function splitStationName(raw: string): StationName {
  const fixes: string[] = [];
  let station = raw;
  let part: string | undefined;
  const qualifier = QUALIFIER.exec(station);
  if (qualifier?.[1] && qualifier[2]) {
    station = qualifier[1];
    part = qualifier[2];
    fixes.push('part of the station written into its name (moved to details)');
  }
  if (station.length > 2 && station.endsWith('駅')) {
    station = station.slice(0, -1);
    fixes.push('駅 appended to the station name');
  }
  return { station, part, fixes };
}

/** ヶ, ケ, ヵ and が are written interchangeably in place names (市ヶ谷 / 市ケ谷). */
function foldSmallKe(name: string): string {
  return name.replace(/[ヶケヵ]/g, 'ケ');
}

function majoritySpelling(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = foldSmallKe(name);
    const variants = counts.get(key) ?? new Map<string, number>();
    variants.set(name, (variants.get(name) ?? 0) + 1);
    counts.set(key, variants);
  }
  const chosen = new Map<string, string>();
  for (const [key, variants] of counts) {
    const [best] = [...variants].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (best) chosen.set(key, best[0]);
  }
  return chosen;
}

/**
 * Line names carry the line's number (`11号線半蔵門線`); when one row gives a line another number than the
 * other rows do (`12号線半蔵門線`), the number most rows give is the right one.
 */
export function canonicalLineNumbers(lineCells: readonly string[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const cell of lineCells) {
    for (const [, number, line] of cell.matchAll(/(\d+)号線([^/／]+)/g)) {
      if (!number || !line) continue;
      const byNumber = votes.get(line) ?? new Map<string, number>();
      byNumber.set(number, (byNumber.get(number) ?? 0) + 1);
      votes.set(line, byNumber);
    }
  }
  const numberOf = new Map<string, string>();
  for (const [line, byNumber] of votes) {
    const [best] = [...byNumber].sort((a, b) => b[1] - a[1]);
    if (best) numberOf.set(line, best[0]);
  }
  return numberOf;
}

/** A line cell with every line's number set to the majority one; `fixes` gets one entry per change. */
export function fixLineNumbers(cell: string, numberOf: Map<string, string>, fixes: string[]): string {
  return cell.replace(/(\d+)号線([^/／]+)/g, (whole, number: string, line: string) => {
    const right = numberOf.get(line);
    if (!right || right === number) return whole;
    fixes.push(`line number inconsistent with the other rows (${number}号線${line} → ${right}号線${line})`);
    return `${right}号線${line}`;
  });
}
