const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '|': 'l' };

/** The forms of a question the detectors read. */
export interface FoldedText {
  /** NFKC, lower case, letters spaced apart joined ("i g n o r e" → "ignore"), punctuation as spaces. */
  words: string;
  /** `words` with leetspeak read as letters ("1gn0re" → "ignore"). */
  leet: string;
  /** `words` without any space: for Japanese, Chinese and Korean, whose spacing varies. */
  compact: string;
}

// single letters separated by one space, dot, dash, underscore or star: "i g n o r e", "s.y.s.t.e.m"
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$|][ ._*-]){2,}[\p{L}\p{N}@$|](?![\p{L}\p{N}])/gu;

/**
 * What an attack looks like once its disguises are taken off: full-width letters (NFKC), upper case,
 * letters spaced apart, leetspeak and punctuation between words. The validate-input step has already removed
 * invisible and control characters.
 */
export function foldText(text: string): FoldedText {
  const base = text
    .normalize('NFKC')
    .toLowerCase()
    // letters joined by dots keep their spaces as word breaks ("s.y.s.t.e.m p.r.o.m.p.t"); by spaces alone, not
    .replace(SPACED_LETTERS, (run) => (/[._*-]/.test(run) ? run.replace(/[._*-]/g, '') : run.replace(/ /g, '')));
  const words = base.replace(/[^\p{L}\p{N}@$|]+/gu, ' ').trim();
  const leet = words.replace(/[013457@$|]/g, (c) => LEET[c] ?? c);
  return { words, leet, compact: words.replace(/ /g, '') };
}
