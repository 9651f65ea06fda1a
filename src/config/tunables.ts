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
  /**
   * Reading or saving a session gives up after this long, and the turn is answered without its history
   * (docs/adr/0008-redis-down.md): a slow or absent Redis never holds an answer back longer.
   */
  storeDeadlineMs: 1_000,
} as const;

/**
 * Admission control per instance (server/admission.ts; docs/operations.md, "Surge"). The limit is Cloud Run's
 * containerConcurrency (80, ops/cloudrun/service.yaml); MAX_CONCURRENT_REQUESTS overrides it.
 */
export const ADMISSION = {
  /** API requests answered at once by one instance; one more is refused with 503 `overloaded`. */
  maxConcurrent: 80,
  /** Retry-After of a refusal: long enough for a burst to pass, short enough for a person to wait. */
  retryAfterSeconds: 2,
  /**
   * New requests are refused while the event loop runs this late on average (timer drift, smoothed): the CPU is
   * saturated and a turn admitted now would wait behind the others, whatever the count of requests in flight.
   * The deployed value (MAX_EVENT_LOOP_DELAY_MS in ops/cloudrun/service.yaml, compose.yaml, the local fleet); off
   * by default, since in a process that shares its CPU (tests) the loop is late for reasons of its neighbours.
   */
  maxEventLoopDelayMs: 75,
  /** How often the event loop's delay is sampled, and the weight of each sample in the smoothed figure. */
  delaySampleMs: 20,
  delaySmoothing: 0.2,
} as const;

/** Shutdown on SIGTERM (server/main.ts): Cloud Run kills the instance 10 s after it. */
export const SHUTDOWN = {
  /** In-flight answers and voice turns have this long to finish before they are cut. */
  drainMs: 8_500,
  /** The process exits at the latest this long after SIGTERM, whatever is still running. */
  hardExitMs: 9_500,
} as const;

export const RETRIEVAL = {
  /** Places listed in one answer. */
  answerSize: 3,
  /** Candidates ranked before the answer is cut to answerSize. */
  candidatePool: 50,
  /** A "near" answer ignores places further than this from the anchor. */
  maxNearMeters: 5_000,
  /** Places listed for a list or count question (the rest are counted, not shown). */
  listSize: 5,
  /** A list this short is shown whole rather than cut to listSize ("the six children's centres open on Mondays"). */
  listWhole: 8,
  /** Places a list shows when all are asked (一覧, 全部, "list all", 所有, 전부); a list asked this long or shorter is shown whole. */
  listAll: 20,
  /** A kind of place this rare is listed for all of Tokyo when the question names no area (museums, events). */
  tokyoWideMax: 300,
  /** Kinds asked for near a place or in an area, never for all of Tokyo: without a place, the answer asks where. */
  askWhere: ['shelter', 'evacuation_site', 'assembly_point', 'aed', 'toilet', 'wifi', 'park', 'nursery', 'childrens_center'] as readonly string[],
  /** When nothing meets a condition: the nearest places that do not, said as such. */
  alternatives: 2,
  /** A condition a kind of place cannot be judged on (shelters have no hours) is ignored below this share known. */
  knownShare: 0.5,
} as const;

/**
 * The circuit breaker around external calls (Gemini, the open-data catalogue). The first three values are the
 * design's (運用設計 1.2.3: 5 s, 50 %, 30 s); the window and volume are ours (docs/adr/0003).
 */
export const BREAKER = {
  /** A call that takes longer fails (for a stream: the whole stream). */
  timeoutMs: 5_000,
  /** The breaker opens when failures exceed this share of the calls in the window. */
  errorThresholdPercentage: 50,
  /** How long an open breaker refuses calls before letting one trial call through (half-open). */
  resetTimeoutMs: 30_000,
  /** The rolling window the error share is counted over, and its buckets. */
  rollingWindowMs: 60_000,
  rollingBuckets: 6,
  /** Calls the window must hold before the share counts: one early failure must not open it. */
  volumeThreshold: 5,
} as const;

export const GEMINI = {
  /** A stream whose first text takes longer falls back (well under BREAKER.timeoutMs: first words < 1 s). */
  firstTokenMs: 1_500,
  /** Answers are short (three places, read on a phone): a cap keeps the whole stream inside the timeout. */
  maxOutputTokens: 600,
  /** Low, so the wording stays close to the records. */
  temperature: 0.2,
} as const;

/** Requests allowed per client, counted in fixed windows (rate-limiter-flexible), shared through Redis. */
export const RATE_LIMITS = {
  /** Per client address: generous, since mobile carriers put many users behind one address (CGNAT). */
  perAddress: { points: 120, durationSeconds: 60 },
  /** Per chat session: a person types or speaks a question every few seconds at most. */
  perSession: { points: 20, durationSeconds: 60 },
  /**
   * Characters a client address may have read aloud per minute (`speak` on the voice socket, POST
   * /api/speech/synthesize): five of the longest texts, or some 25 answers. Cloud synthesis is billed by the
   * character, so this bounds what one address can cost (docs/security.md, LLM10).
   */
  synthesisCharsPerAddress: { points: 10_000, durationSeconds: 60 },
} as const;

/** Logs, metrics and health (issue 5; ADR 0005, 0006). */
export const OBSERVABILITY = {
  /** A pipeline step slower than this writes a `PERFORMANCE` log entry with its duration. */
  slowStepMs: 200,
  /** Readiness waits this long for a dependency's ping before calling it down. */
  healthPingTimeoutMs: 500,
  /** Longest URL and header value copied into a log line (the rest is cut). */
  maxLoggedValueChars: 256,
  /** Headers copied into a security event (malformed requests), at most. */
  maxLoggedHeaders: 30,
} as const;

/** The app's own alert notifications (adapters/notify): each channel retries, then gives up. */
export const NOTIFY = {
  /** One delivery attempt (HTTP POST or SMTP transaction) is abandoned after this long. */
  attemptTimeoutMs: 5_000,
  /** Attempts per alert and channel, the first included. */
  maxAttempts: 4,
  /** Backoff before retry n is base * 2^(n-1), with full jitter, capped at maxBackoffMs. */
  baseBackoffMs: 500,
  maxBackoffMs: 10_000,
  /** Alerts waiting per channel; past it the oldest is dropped and counted. */
  queueSize: 100,
  /** The same alert (same key) is not sent again within this time: a flapping breaker sends one, not fifty. */
  repeatIntervalMs: 5 * 60_000,
} as const;

/** Voice dialogue and speech (docs/voice.md): every limit of /api/voice and /api/speech/*. */
export const VOICE = {
  /** Sample rates (Hz) of the 16-bit mono PCM clients may send; the server resamples to recognitionSampleRate. */
  acceptedSampleRates: [8_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000],
  /** What the recognisers decode (pocketsphinx's US English model is trained on 16 kHz). */
  recognitionSampleRate: 16_000,
  /** One utterance: a question, not a monologue. Longer audio is refused with `audio_too_long`. */
  maxUtteranceSeconds: 15,
  /** One binary frame; larger ones are refused with `audio_frame_too_large` (20 ms at 48 kHz is 1,920 bytes). */
  maxFrameBytes: 64 * 1024,
  /** A frame past this closes the connection (ws maxPayload: it is not even buffered). */
  hardMaxPayloadBytes: 1024 * 1024,
  /** Audio held for utterances being recorded, all connections together (2,000 × 15 s of 48 kHz would be 2.9 GB). */
  maxBufferedAudioBytes: 128 * 1024 * 1024,
  /** One JSON control message, in bytes. */
  maxControlBytes: 16 * 1024,
  /** Open voice connections from one client address (a family behind one router; tabs of one phone). */
  maxConnectionsPerClient: 8,
  /** Open voice connections in one server process. */
  maxConnections: 2_000,
  /** A connection with no message from the client, and no turn running, is closed after this long. */
  idleTimeoutSeconds: 120,
  /** WebSocket ping interval; a peer that has not answered the previous ping is dropped. */
  heartbeatSeconds: 30,
  /** Messages per second a client may send, audio frames included (20 ms frames are 50 a second)... */
  maxMessagesPerSecond: 100,
  /** ...with this burst allowance (a client catching up after a stall). */
  messageBurst: 300,
  /** Audio is not sent while the socket holds more than this many unsent bytes (backpressure). */
  sendHighWaterBytes: 256 * 1024,
  /** A client that reads nothing for this long while audio waits is disconnected. */
  sendStallSeconds: 20,
  /** Sentences synthesised ahead of the one being sent: synthesis pauses when the client is slow. */
  synthesisLookahead: 2,
  /** A sentence longer than this is cut at a comma or space before synthesis, so the first audio comes fast. */
  maxSentenceChars: 160,
  /**
   * The first sentence of a reading is said in two chunks, cut after its first clause (a comma, Japanese から),
   * when each piece is at least this long (in kana; a Latin letter counts 0.3): shorter pieces gain nothing.
   */
  firstClauseMinWeight: 4,
  /** POST /api/speech/synthesize: longest text, in characters after normalisation. */
  maxSynthesisChars: 2_000,
  /**
   * POST /api/speech/recognize: the sample rates a recording may have. The resampler's filter grows with the rate:
   * a WAV header claiming 4 GHz held the server for 27 s (found by the fuzzer, issue 13).
   */
  recordingSampleRates: { min: 8_000, max: 48_000 },
  /** POST /api/speech/recognize: largest WAV body (15 s of 48 kHz 16-bit mono is 1.4 MB). */
  maxRecordingBytes: 2 * 1024 * 1024,
  /** An engine process (open_jtalk, espeak-ng, pocketsphinx, sox) is killed after this long... */
  engineTimeoutMs: 10_000,
  /** ...or when its output passes this many bytes. */
  maxEngineOutputBytes: 16 * 1024 * 1024,
  /** Engine processes running at once in the server; more wait their turn (2 cores on the reference machine). */
  maxEngineProcesses: 4,
  /** Synthesised phrases kept in memory (LRU by bytes of audio): greetings, emergency numbers, place names. */
  synthesisCacheBytes: 32 * 1024 * 1024,
  /** A single cached phrase larger than this is not kept (one long answer must not evict everything). */
  maxCachedPhraseBytes: 1024 * 1024,
  /** A call to Google Cloud Speech-to-Text or Text-to-Speech is abandoned after this long. */
  cloudTimeoutMs: 8_000,
  /** The metadata server's access token is renewed this long before it expires. */
  tokenRefreshMarginSeconds: 60,
} as const;

/** Open-data quality checks at ingest (docs/open-data.md gives the measurements behind each threshold). */
export const QUALITY = {
  /** Two rows of one dataset with the same name, address and details this close are one place listed twice. */
  duplicateMeters: 50,
  /** Records of other datasets looked at around a point to see which municipality it lies in. */
  neighbours: 10,
  /**
   * A point none of whose neighbours is in its municipality, and whose municipality's nearest record (of another
   * dataset) is further than this, is not where its address says.
   */
  farFromMunicipalityMeters: 1_500,
  /** ...and further than this many times the distance to the farthest of those neighbours. */
  farFromMunicipalityRatio: 3,
  /** A point this far from where records of other datasets put its block (番地) is not at its address... */
  farFromAddressMeters: 1_000,
  /** ...nor one this far from where they put its 丁目 (when it has no block to compare with). */
  farFromAreaMeters: 1_500,
  /** The address locator's block level (same 番地): records must agree within this radius... */
  blockSpreadMeters: 150,
  /** ...its area level (same 丁目) needs this many records... */
  areaMinRecords: 3,
  /** ...agreeing within this radius. */
  areaSpreadMeters: 600,
} as const;

/** Maintenance mode (server/maintenance.ts, docs/deploy.md): switched by MAINTENANCE_MODE or a flag in Redis. */
export const MAINTENANCE = {
  /** Every instance reads the Redis flag this often, so a switch reaches all of them within this time. */
  pollIntervalMs: 5_000,
  /** Retry-After when the operator gave no end time. */
  defaultRetryAfterSeconds: 300,
  /** Retry-After bounds when the flag names an end time (an end already past still asks for a short wait). */
  minRetryAfterSeconds: 30,
  maxRetryAfterSeconds: 3_600,
} as const;

/** Live refresh of the open data from the Tokyo Open Data Catalog (docs/open-data.md, "Live refresh"). */
export const REFRESH = {
  /** One catalogue call (package_show or a file download, body included) is abandoned after this long. */
  timeoutMs: 30_000,
  /** Largest data file accepted (東京都防災マップ 避難所 is about 14 MB since 2022). */
  maxFileBytes: 64 * 1024 * 1024,
  /** Largest package_show response accepted (江東区 公共施設一覧 with 31 resources is about 60 kB). */
  maxPackageBytes: 4 * 1024 * 1024,
  /** A new file must keep at least this share of the rows the last good version had... */
  minRowRatio: 0.8,
  /** ...reject at most this share of its rows (no name, no usable point)... */
  maxRejectedShare: 0.2,
  /** ...and may lose at most this much of the located share (places with a point among those loaded). */
  maxLocatedDrop: 0.1,
  /** Shares of undecodable characters (U+FFFD) above this mean the bytes are not text in a known encoding. */
  maxReplacementShare: 0.001,
  /** The snapshot rebuild (a child `npm run ingest`) is stopped after this long. */
  rebuildTimeoutMs: 5 * 60_000,
  /** ...and runs at this niceness (0–19: the lowest priority, answering comes first; raising it needs no privilege). */
  rebuildNice: 19,
  /** One whole refresh (discovery, downloads, checks) starts no new download after this long... */
  maxRunMs: 20 * 60_000,
  /** ...nor once it has downloaded this many bytes in total. */
  maxRunBytes: 512 * 1024 * 1024,
  /** Redirects followed per call, each checked against the allowlist (reach-policy.ts). */
  maxRedirects: 3,
  /**
   * Hosts the refresh may call besides the catalogue's own (CATALOG_ALLOWED_HOSTS replaces this list): the
   * catalogue's file hosts (CKAN_NOTES §5), local governments' sites (`lg.jp` is issued to local governments
   * only), the hosts of municipal files on `.tokyo.jp` named in the catalogue, and the municipal portals (§2).
   */
  allowedHosts: [
    '*.metro.tokyo.lg.jp',
    '*.metro.tokyo.jp',
    '*.lg.jp',
    'www.city.hachioji.tokyo.jp',
    'www.city.chofu.tokyo.jp',
    'opendata.city.minato.tokyo.jp',
    'data.bodik.jp',
    'data.odp.jig.jp',
  ],
} as const;

/**
 * Discovery of the municipalities' standard datasets in the catalogue and the portals (docs/open-data.md,
 * "Discovery"): how candidates are searched and chosen, and the checks a discovered file must pass whole.
 */
export const DISCOVERY = {
  /** package_search page size (CKAN's default cap is 1,000). */
  pageRows: 200,
  /** Pages read per query at most (a query matching more is too broad to be one standard dataset). */
  maxPages: 5,
  /** A candidate whose dataset was last modified longer ago than this is stale (rejected when nothing newer exists too). */
  staleAfterDays: 8 * 365,
  /** A file may reject at most this share of its rows (no name, no usable point and no address)... */
  maxRejectedShare: 0.2,
  /** ...and at most this share of its located places may lie outside their municipality (quality/find-misplaced.ts). */
  maxOutsideShare: 0.2,
  /**
   * A pause after each downloaded file, so that a refresh spreads its work (the checks in their worker thread,
   * the downloads) instead of taking a core while answers are being served: 300 files add 6 s to a refresh.
   */
  pauseAfterFileMs: 20,
} as const;

/**
 * Semantic retrieval (ADR 0010): vector search over the places, fused with the lexical and geographic retrieval by
 * reciprocal rank fusion. The thresholds of free-form questions are for Gemini's embedding model with unit vectors
 * (dot product = cosine similarity); they can only be set from online measurement (docs/quality.md).
 */
export const SEMANTIC = {
  /** Neighbours asked of the index per question (before the frame's conditions are applied). */
  neighbours: 40,
  /** Reciprocal rank fusion's constant k (score = Σ 1 / (k + rank)); 60 is the value of Cormack et al. (2009). */
  rrfK: 60,
  /** A list is re-ranked only when the question says more than its kind of place and area: this many letters left. */
  minResidueChars: 3,
  /**
   * A free-form question (no kind of place understood) takes the kind of its nearest places only when the best is
   * this similar, per embedding model (their similarities are on different scales; other models: `default`)...
   */
  minDiscoverSimilarity: { default: 0.55, 'gemini-embedding-001': 0.55, 'hashed-ngrams-v1': 0.25 } as Readonly<Record<string, number>>,
  /** ...and this share of the first `discoverVotes` neighbours (after the conditions) are of that kind. */
  discoverAgreement: 0.6,
  discoverVotes: 5,
  /** Texts per batchEmbedContents request when the snapshot's vectors are built (the API's limit is 100). */
  embedBatchSize: 100,
  /** Datapoints per upsertDatapoints request when the Vector Search index is filled. */
  upsertBatchSize: 500,
  /** Characters of a place's text that are embedded (its name, kind, municipality and description). */
  maxDocumentChars: 600,
} as const;

/** Cloud Translation (ADR 0010): questions in other languages in, answers out, names and numbers kept. */
export const TRANSLATION = {
  /** How long a translation stays in the cache (Redis, or memory without REDIS_URL), both directions. */
  cacheTtlSeconds: 7 * 24 * 60 * 60,
  /** Translations kept in memory when there is no Redis. */
  memoryCacheEntries: 10_000,
  /** A Latin-script question is taken for another language only when it is this long (franc needs some text)... */
  minLatinLetters: 12,
  minLatinWords: 3,
  /** ...and English scores at most this fraction of the best language's score (francAll, 1 = the best). */
  maxEnglishScore: 0.9,
} as const;
