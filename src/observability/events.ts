import { EventEmitter } from 'node:events';

/**
 * Operational events that parts of the service raise and others act on (metrics count them, notifications
 * route them, logs record them). Raising one never waits for the listeners' work.
 */
export interface OpsEventMap {
  /** A circuit breaker changed state. */
  breaker: [{ name: string; state: 'closed' | 'open' | 'half_open' }];
  /** An answer came from the fallback engine instead of the configured one. */
  fallback: [{ engine: string; reason: 'breaker_open' | 'timeout' | 'first_token_deadline' | 'error' | 'ungrounded' | 'invalid_citation' }];
  /** A call to an external service finished (Gemini, the open-data catalogue, speech APIs). */
  external: [{ service: string; status: 'success' | 'error' | 'timeout' | 'rejected'; seconds: number }];
  /** A dataset refresh from the catalogue finished. */
  refresh: [{ datasetId: string; outcome: 'updated' | 'unchanged' | 'failed'; reason?: string }];
  /** A security-relevant event: blocked injection, rate limit, malformed request. */
  security: [{ kind: string; detail?: Record<string, unknown> }];
  /** Maintenance mode switched. */
  maintenance: [{ enabled: boolean; source: 'env' | 'redis' }];
  /** A speech request finished (counted in `voice_recognition_total` and `voice_synthesis_total`). */
  speech: [{ kind: 'recognition' | 'synthesis'; lang: string; success: boolean }];
  /**
   * What semantic retrieval did for a turn it could help (ADR 0010): fused its neighbours with the lexical answer,
   * found the kind of place of a free-form question, left the answer as it was, or fell back to lexical retrieval
   * alone because the embedding or the vector index failed or was slow (`stage`, `reason`).
   */
  semantic: [{ outcome: 'fused' | 'discovered' | 'unchanged' | 'fallback'; stage?: 'embedding' | 'vector_index'; reason?: 'breaker_open' | 'timeout' | 'error' }];
  /**
   * A machine translation of a question (into the pivot language) or of an answer (back), by outcome: translated,
   * from the cache, or failed (the service: breaker open, timeout, error) or refused (`spans`: a protected name,
   * number, address, phone or link was lost or invented; `repaired`: one was changed and put back).
   */
  translation: [{ direction: 'question' | 'answer'; lang: string; outcome: 'translated' | 'cached' | 'repaired' | 'failed' | 'refused'; reason?: string }];
}

export class OpsEvents extends EventEmitter<OpsEventMap> {}

/** The process-wide bus; tests may create their own OpsEvents and pass it where a part accepts one. */
export const opsEvents = new OpsEvents();
