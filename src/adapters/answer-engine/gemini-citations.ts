// [S1], [S1, S3], ［S2］, 【S2】: the inline source markers the system instruction asks for
const MARKER_BODY = String.raw`[\[［【]\s*[SＳsｓ]\s*[0-9０-９]{1,3}(?:\s*[,，、]\s*[SＳsｓ]?\s*[0-9０-９]{1,3})*\s*[\]］】]`;
// eslint-disable-next-line security/detect-non-literal-regexp -- built once from the constant above
const MARKERS = new RegExp(String.raw`[ \t]*${MARKER_BODY}`, 'g');
// eslint-disable-next-line security/detect-non-literal-regexp -- built once from the constant above
export const LEADING_MARKER = new RegExp(String.raw`^[ \t]*${MARKER_BODY}`);
// what may still grow into a marker when more text comes: " [", "[S", "［Ｓ1", "[S1,"
// eslint-disable-next-line security/detect-unsafe-regex -- anchored, bounded
export const MARKER_PREFIX = /^[ \t]*(?:[[［【](?:\s*[SＳsｓ](?:\s*[0-9０-９]{1,3}(?:\s*[,，、]\s*[SＳsｓ]?\s*[0-9０-９]{0,3})*\s*)?)?)?$/;

/** A sentence without its markers, the record numbers it cites, and how many cited numbers do not exist. */
export interface Citations {
  text: string;
  cited: number[];
  unknown: number;
}

/** Reads and strips the markers of one sentence; numbers outside 1..count are invented and dropped. */
export function takeCitations(sentence: string, count: number): Citations {
  const cited: number[] = [];
  let unknown = 0;
  const text = sentence.replace(MARKERS, (marker) => {
    for (const [digits] of marker.normalize('NFKC').matchAll(/\d+/g)) {
      const n = Number(digits);
      if (n >= 1 && n <= count) {
        if (!cited.includes(n)) cited.push(n);
      } else {
        unknown += 1;
      }
    }
    return '';
  });
  return { text, cited, unknown };
}
