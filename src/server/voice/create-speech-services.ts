import type { Logger } from 'pino';
import { createSpeech } from '../../adapters/speech/create-speech.ts';
import type { Env } from '../../config/env.ts';
import type { OpsEvents } from '../../observability/events.ts';
import type { Corpus } from '../../core/place.ts';
import { TOPICS } from '../../retrieval/topics.ts';
import { readingsFromCorpus } from './name-readings.ts';
import type { SpeechServices } from './speech-services.ts';

/**
 * The speech engines the environment asks for, with what they need from the open data: the topic words and
 * place names of the offline recogniser's language model (built now, in the background), and name readings.
 * The offline synthesisers start their spare processes now.
 */
export function createSpeechServices({ env, log, events, corpus }: { env: Env; log: Logger; events: OpsEvents; corpus: Corpus }): SpeechServices {
  const topicPhrases = TOPICS.flatMap((topic) => topic.keywords).filter((keyword) => /^[\x20-\x7e]+$/.test(keyword));
  const { synthesizer, recognizer, offline } = createSpeech({ env, events, log, topicPhrases, gazetteer: corpus.gazetteer });
  const started = performance.now();
  recognizer.warmUp?.().then(
    () => log.info({ engine: recognizer.name, ms: Math.round(performance.now() - started) }, 'speech recogniser ready'),
    (error: unknown) => log.error({ err: error, engine: recognizer.name }, 'speech recogniser could not prepare its model: voice recognition will fail'),
  );
  // the offline engines start one process per voice now, so that the first answer does not wait for one
  synthesizer.warmUp?.();
  log.info({ synthesis: env.SPEECH_SYNTHESIS, recognition: env.SPEECH_RECOGNITION, offline }, 'speech engines');
  return { synthesizer, recognizer, readingOf: readingsFromCorpus(corpus), events, close: async () => synthesizer.close?.() };
}
