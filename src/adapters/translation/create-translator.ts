import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Env } from '../../config/env.ts';
import { TRANSLATION } from '../../config/tunables.ts';
import type { OpsEvents } from '../../observability/events.ts';
import { MetadataServerCredentials } from '../speech/google/google-credentials.ts';
import { CachedTranslator } from './cached-translator.ts';
import { GoogleTranslator } from './google-translator.ts';
import { MemoryTranslationCache } from './memory-translation-cache.ts';
import { RedisTranslationCache } from './redis-translation-cache.ts';

export interface TranslatorSetup {
  /** Stops the breaker's timers. */
  close(): void;
  translator: CachedTranslator;
  cache: string;
}

/**
 * Cloud Translation as configured (TRANSLATION=google), cached in Redis when REDIS_URL is set, else in memory; or
 * undefined (the embedded default): questions in other languages then get the list of the six languages.
 */
export function createTranslator(env: Env, options: { redis?: Redis; log: Logger; events?: OpsEvents }): TranslatorSetup | undefined {
  if (env.TRANSLATION !== 'google') return undefined;
  const project = env.TRANSLATION_PROJECT ?? env.GOOGLE_CLOUD_PROJECT;
  if (!project) return undefined; // refused by loadEnv already; kept for the type
  const google = new GoogleTranslator({
    baseUrl: env.GOOGLE_TRANSLATE_URL,
    project,
    location: env.TRANSLATION_LOCATION,
    glossary: env.TRANSLATION_GLOSSARY,
    credentials: new MetadataServerCredentials(env.GOOGLE_METADATA_URL),
    timeoutMs: env.TRANSLATION_TIMEOUT_MS,
    events: options.events,
  });
  const cache = options.redis ? new RedisTranslationCache(options.redis) : new MemoryTranslationCache(TRANSLATION.memoryCacheEntries);
  return { translator: new CachedTranslator(google, cache, options.log), cache: cache.kind, close: () => google.close() };
}
