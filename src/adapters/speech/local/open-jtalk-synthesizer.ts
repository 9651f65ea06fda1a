import type { Lang } from '../../../i18n/languages.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resample } from '../audio/resample.ts';
import { trimSilence } from '../audio/trim-silence.ts';
import { decodeWav } from '../audio/wav.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { ENGINE_PATHS } from './engine-paths.ts';
import { runProcess } from './run-process.ts';
import { withTempDir } from './temp-dir.ts';

/**
 * Sent at 24 kHz: synthesised at the voice's own 48 kHz (asking open_jtalk for another rate with -s/-p only moves
 * the spectrum: at 24 kHz the formants come out an octave low, a muffled voice), then resampled, which halves the
 * bytes to send and is still wide-band speech.
 */
const SAMPLE_RATE = 24_000;
/** やさしい日本語 is spoken more slowly (Open JTalk's speech rate, 1.0 = the voice's own). */
const RATE: Partial<Record<Lang, number>> = { 'ja-easy': 0.85 };

/** Japanese (and やさしい日本語) with Open JTalk and the NITECH male voice; the text goes in on stdin. */
export class OpenJtalkSynthesizer implements SpeechSynthesizer {
  readonly name = 'open-jtalk';

  voiceOf(lang: Lang): string {
    return `nitech_jp_atr503_m001@${RATE[lang] ?? 1}`;
  }

  async synthesize({ text, lang }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    return withTempDir(async (dir) => {
      const output = path.join(dir, 'speech.wav');
      const args = [
        '-x', ENGINE_PATHS.openJtalkDictionary,
        '-m', ENGINE_PATHS.openJtalkVoice,
        '-r', String(RATE[lang] ?? 1),
        '-ow', output,
      ];
      // open_jtalk speaks one line of its input: the whole text goes on one line
      await runProcess(ENGINE_PATHS.openJtalk, args, { input: `${text.replace(/\s*\n\s*/g, '　')}\n`, signal });
      const speech = trimSilence(decodeWav(await readFile(output)));
      return { sampleRate: SAMPLE_RATE, samples: resample(speech.samples, speech.sampleRate, SAMPLE_RATE) };
    });
  }
}
