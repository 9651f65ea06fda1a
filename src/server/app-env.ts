import type { Logger } from 'pino';
import type { Lang } from '../core/languages.ts';
import type { ChatContext } from '../pipeline/context.ts';
import type { Requester } from './request-limits.ts';

/** Per-request values that middleware and routes share through Hono's context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** The user's language once known, for error messages. */
    lang?: Lang;
    sessionId?: string;
    chat?: ChatContext;
    /** Who sent an API request: the client address, and whether it is counted (rate-limit.ts). */
    requester?: Requester;
  };
}
