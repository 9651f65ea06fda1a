import type { Lang } from '../../../i18n/languages.ts';
import { trimSilence } from '../audio/trim-silence.ts';
import { decodeWav } from '../audio/wav.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { ENGINE_PATHS } from './engine-paths.ts';
import { runProcess } from './run-process.ts';

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

/** English, Chinese and Korean with espeak-ng; the text goes in on stdin (`--stdin`), so it is never an option. */
export class EspeakSynthesizer implements SpeechSynthesizer {
  readonly name = 'espeak-ng';

  voiceOf(lang: Lang): string {
    return VOICES[lang] ?? 'en-us';
  }

  async synthesize({ text, lang }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    const args = ['--stdin', '-b', '1', '-v', this.voiceOf(lang), '-s', String(WORDS_PER_MINUTE), '--stdout'];
    const { stdout } = await runProcess(ENGINE_PATHS.espeakNg, args, { input: text, signal });
    return trimSilence(decodeWav(stdout));
  }
}
