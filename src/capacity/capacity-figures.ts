/**
 * The measured and configured figures the capacity model stands on, with where each comes from. Tunables as
 * data: a new measurement changes a number here, and `npm run capacity` and the forecaster follow.
 */
export const INSTANCE = {
  /** containerConcurrency of ops/cloudrun/service.yaml: requests one instance holds at once, voice sockets included. */
  containerConcurrency: 80,
  /**
   * Cloud Run's default utilisation target for concurrency (and CPU): the autoscaler adds instances to keep the
   * one-minute average at 60 % of the limit (cloud.google.com/run/docs/configuring/scaling-controls).
   */
  utilisationTarget: 0.6,
  /**
   * CPU one server process can use for turns: Node runs the answer pipeline on one thread, so a 2-vCPU instance
   * gives it about one core (bench/capacity-check.ts: the local engine saturates at 0.94 cores of the server).
   */
  cpuCoresForTurns: 1,
  /** Server CPU per turn with Gemini streaming (SDK, grounding, SSE), bench/capacity-check.ts 2026-12-06: 3.99 ms. */
  cpuSecondsPerGeminiTurn: 0.004,
  /** Server CPU per turn answered by the local engine, same run: 0.91 ms (1,027 turns/s at 80 connections). */
  cpuSecondsPerLocalTurn: 0.00091,
  /** What the server adds to a Gemini turn outside the model's time: p95 12.8 ms (docs/benchmarks.md, issue 4). */
  serverSecondsPerTurn: 0.013,
  /** Container start to the first 200 on /api/health, median of 3 (docs/deploy.md): the cold start of an instance. */
  coldStartSeconds: 2.7,
  /** Bounds of the instance count (design 1.1.1: 3–20 instances). */
  minInstances: 3,
  maxInstances: 20,
} as const;

/** Gemini: the model's share of a turn's time, and what a turn costs against the project's quota. */
export const GEMINI_TURN = {
  /**
   * Time to the first token. The benchmarks use a double at 300–600 ms; the service falls back to the local engine
   * at 1.5 s (GEMINI_FIRST_TOKEN_MS), so no turn holds a slot longer than that waiting for it.
   */
  firstTokenSeconds: 0.6,
  /** From the first token to the last: an answer of about 200 tokens, three places, streamed. */
  streamSeconds: 0.8,
  /**
   * Prompt size: system instruction + records + question, p50 2,533 characters (bench/capacity-check.ts); at about
   * 3 characters a token for this mix of English rules and Japanese records, 850 input tokens.
   */
  inputTokens: 850,
  /** A typical answer (the cap, GEMINI.maxOutputTokens, is 600). */
  outputTokens: 200,
  /** Share of turns that call Gemini: greetings, guardrail replies and clarifications do not (1: count them all). */
  share: 1,
} as const;

/**
 * The project's Gemini quota. These are placeholders of the order of a paid first tier for a Flash-Lite model:
 * the real figures depend on the project's tier and change; read them in the console (IAM & Admin → Quotas, or
 * AI Studio → Usage) and pass them to `npm run capacity -- --gemini-rpm N --gemini-tpm N`.
 */
export const GEMINI_QUOTA = {
  requestsPerMinute: 4_000,
  tokensPerMinute: 4_000_000,
} as const;

/**
 * Redis commands per chat turn, counted from the code (and checked against a real redis-server by
 * tests/integration/redis-commands-per-turn.test.ts):
 *   - server/rate-limit.ts: one rate-limiter-flexible consume per POST for the client address, and one for the
 *     session when the request names one; each is one EVALSHA of its Lua script (which runs SET NX, INCRBY, PTTL);
 *   - pipeline/steps/load-session.ts: GET of the session, when the request names one;
 *   - pipeline/steps/record-turn.ts → RedisSessionStore.save: MULTI, SET … EX, ZADD, EXEC in one round trip.
 */
export const REDIS_PER_TURN = {
  /** A turn that continues a session: EVALSHA × 2, GET, MULTI, SET, ZADD, EXEC. */
  returning: { commands: 7, roundTrips: 4 },
  /** The first turn of a session (no session id yet): EVALSHA, MULTI, SET, ZADD, EXEC. */
  first: { commands: 5, roundTrips: 2 },
  /** Per instance, whatever the traffic: the maintenance flag (GET every 5 s) and active sessions at each 30 s scrape (MULTI, ZREMRANGEBYSCORE, ZCARD, EXEC). */
  perInstancePerSecond: { commands: 1 / 5 + 4 / 30, roundTrips: 1 / 5 + 1 / 30 },
} as const;

/** How people use the service, for turning "users" into turns per second. Assumptions, stated as such. */
export const USAGE = {
  /** Conversations a daily user has in a day. */
  sessionsPerUser: 1.5,
  /** Questions in one conversation. */
  turnsPerSession: 4,
  /** Share of a day's turns in its busiest hour (the workday profile of bench/lib/synthetic-traffic.ts: 11.2 %). */
  peakHourShare: 0.11,
  /** The busiest minute against the busiest hour's mean. */
  peakMinuteFactor: 1.3,
  /** A person in a conversation asks every this many seconds (reading the answer, walking, typing). */
  secondsBetweenTurns: 45,
  /** Minutes a conversation stays open. */
  sessionMinutes: 3,
  /** Share of conversations held by voice: each keeps a WebSocket, one concurrency slot, for its whole length. */
  voiceShare: 0.2,
  /** Share of turns that continue a session (the rest open one). */
  returningShare: 0.75,
} as const;
