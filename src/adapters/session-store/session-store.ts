import type { Session } from '../../core/session.ts';

/** Where conversations live between turns: in memory on one instance, or Redis shared by all. */
export interface SessionStore {
  /** Which implementation this is (`memory`, `redis`), for health and logs. */
  readonly kind: string;
  /** The session with this id, or undefined when it is unknown or has been idle past its TTL. Does not extend it. */
  get(id: string): Promise<Session | undefined>;
  /** Stores the session and restarts its idle timer. */
  save(session: Session): Promise<void>;
  /** Forgets a session. */
  delete(id: string): Promise<void>;
  /** How many sessions had a turn within the idle TTL (the `active_sessions_total` gauge). */
  countActive(): Promise<number>;
  /** Resolves when the backing store answers; rejects otherwise (readiness). */
  ping(): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}
