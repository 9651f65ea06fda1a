/**
 * Every limit and threshold of the service in one place (GOV "tunables as data").
 * Changing one is a product decision: say why in docs/adr/ when it matters.
 */
export const LIMITS = {
  /** Request body, in bytes, before JSON parsing. */
  maxBodyBytes: 16 * 1024,
  /** Message length in characters after NFKC normalisation. */
  maxMessageChars: 1000,
  /** Turns (question + answer pairs) kept in a session's history. */
  maxTurnsKept: 10,
  /** Sessions held by the in-memory store before the least recently used is dropped. */
  maxMemorySessions: 50_000,
} as const;

export const SESSION = {
  /** A session expires after this long without a turn (issue 2: 30 minutes idle). */
  idleTtlSeconds: 30 * 60,
} as const;

export const RETRIEVAL = {
  /** Places listed in one answer. */
  answerSize: 3,
  /** Candidates ranked before the answer is cut to answerSize. */
  candidatePool: 50,
  /** A "near" answer ignores places further than this from the anchor. */
  maxNearMeters: 5_000,
} as const;
