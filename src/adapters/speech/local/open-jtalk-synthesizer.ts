import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Lang } from '../../../core/languages.ts';
import { resample } from '../audio/resample.ts';
import { trimSilence } from '../audio/trim-silence.ts';
import { decodeWav } from '../audio/wav.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { ENGINE_PATHS } from './engine-paths.ts';
import { type EngineLaunch, SpareEngines } from './spare-engines.ts';

/**
 * Sent at 24 kHz: synthesised at the voice's own 48 kHz (asking open_jtalk for another rate with -s/-p only moves
 * the spectrum: at 24 kHz the formants come out an octave low, a muffled voice), then resampled, which halves the
 * bytes to send and is still wide-band speech.
 */
const SAMPLE_RATE = 24_000;
/** やさしい日本語 is spoken more slowly (Open JTalk's speech rate, 1.0 = the voice's own). */
const RATE: Partial<Record<Lang, number>> = { 'ja-easy': 0.85 };

/**
 * Japanese (and やさしい日本語) with Open JTalk and the NITECH male voice; the text goes in on stdin. One open_jtalk
 * per speech rate waits ready (spare-engines.ts): it has loaded its dictionary and voice before the text comes.
 */
export class OpenJtalkSynthesizer implements SpeechSynthesizer {
  readonly name = 'open-jtalk';
  private readonly engines = new SpareEngines((rate) => launchOpenJtalk(rate));

  voiceOf(lang: Lang): string {
    return `nitech_jp_atr503_m001@${rateOf(lang)}`;
  }

  warmUp(): void {
    this.engines.warmUp(['ja', 'ja-easy'].map((lang) => rateOf(lang as Lang)));
  }

  close(): Promise<void> {
    return this.engines.close();
  }

  async synthesize({ text, lang }: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    // open_jtalk speaks one line of its input: the whole text goes on one line
    const input = `${text.replace(/\s*\n\s*/g, '　')}\n`;
    const speech = await this.engines.run(rateOf(lang), input, signal, async (_result, launch) => trimSilence(decodeWav(await readFile(outputOf(launch)))));
    return { sampleRate: SAMPLE_RATE, samples: resample(speech.samples, speech.sampleRate, SAMPLE_RATE) };
  }
}

function rateOf(lang: Lang): string {
  return String(RATE[lang] ?? 1);
}

/** open_jtalk writes its WAV by file name (Node's stdio are sockets, on which /dev/stdout cannot be opened). */
async function launchOpenJtalk(rate: string): Promise<EngineLaunch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tokyo-ai-chat-engine-'));
  const args = [
    '-x', ENGINE_PATHS.openJtalkDictionary,
    '-m', ENGINE_PATHS.openJtalkVoice,
    '-r', rate,
    '-ow', path.join(dir, 'speech.wav'),
  ];
  return { command: ENGINE_PATHS.openJtalk, args, dir };
}

function outputOf(launch: EngineLaunch): string {
  return path.join(launch.dir as string, 'speech.wav');
}
