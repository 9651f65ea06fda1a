import type { Lang } from '../../../core/languages.ts';
import { trimSilence } from '../audio/trim-silence.ts';
import { decodeWav } from '../audio/wav.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { ENGINE_PATHS } from './engine-paths.ts';
import { SpareEngines } from './spare-engines.ts';

/**
 * espeak-ng voice per language. Chinese uses `cmn-latn-pinyin` for both scripts: Debian's espeak-ng 1.51 reads
 * hanzi with the plain `cmn` voice as pinyin with its tone digits spoken in English ("da four"), while the
 * pinyin voice reads the same characters correctly. zh-Hant is Mandarin, not Cantonese: most visitors who read
 * Traditional Chinese come from Taiwan (Mandarin), about twice as many as from Hong Kong; espeak-ng's `yue`
 * voice is there if that changes.
 */
const VOICES: Partial<Record<Lang, string>> = {
  en: 'en-us',
  'zh-Hans': 'cmn-latn-pinyin',
  'zh-Hant': 'cmn-latn-pinyin',
  ko: 'ko',
  ja: 'ja',
  'ja-easy': 'ja',
};

/** Words per minute: a little slower than espeak-ng's 175, for listeners outdoors and in a second language. */
const WORDS_PER_MINUTE = 160;

/**
 * English, Chinese and Korean with espeak-ng; the text goes in on stdin (`--stdin`), so it is never an option.
 * One espeak-ng per voice waits ready (spare-engines.ts): a cold start costs more than the synthesis itself.
 */
export class EspeakSynthesizer implements SpeechSynthesizer {
  readonly name = 'espeak-ng';
  private readonly engines = new SpareEngines(async (voice) => ({
    command: ENGINE_PATHS.espeakNg,
    args: ['--stdin', '-b', '1', '-v', voice, '-s', String(WORDS_PER_MINUTE), '--stdout'],
  }));

  voiceOf(lang: Lang): string {
    return VOICES[lang] ?? 'en-us';
  }

  /** Starts the spares of the voices of `langs` (those it speaks beside Open JTalk, unless said). */
  warmUp(langs: readonly Lang[] = ['en', 'zh-Hans', 'zh-Hant', 'ko']): void {
    this.engines.warmUp([...new Set(langs.map((lang) => this.voiceOf(lang)))]);
  }

  close(): Promise<void> {
    return this.engines.close();
  }

  async synthesize({ text, lang }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    return this.engines.run(this.voiceOf(lang), text, signal, async ({ stdout }) => trimSilence(decodeWav(stdout)));
  }
}
