import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VOICE } from '../../../config/tunables.ts';
import type { Lang } from '../../../core/languages.ts';
import type { GazetteerEntry } from '../../../core/place.ts';
import { DomainError } from '../../../core/domain-error.ts';
import { resample } from '../audio/resample.ts';
import { encodeWav } from '../audio/wav.ts';
import type { RecognitionRequest, RecognitionResult, SpeechRecognizer } from '../speech-recognizer.ts';
import { buildArpaModel } from './arpa-language-model.ts';
import { ENGINE_PATHS } from './engine-paths.ts';
import { findInstalledEngines } from './installed-engines.ts';
import { buildEnglishQuestions } from './english-questions.ts';
import { buildPronunciations } from './pronunciations.ts';
import { runProcess } from './run-process.ts';
import { withTempDir } from './temp-dir.ts';

export interface PocketsphinxOptions {
  /** English words that name the topics (retrieval/topics.ts). */
  topicPhrases: readonly string[];
  /** Stations and municipalities, whose names the model must know. */
  gazetteer: readonly GazetteerEntry[];
  /** Where the model files are written (a directory per content hash); the system's temp directory by default. */
  cacheDir?: string;
}

interface ModelFiles {
  languageModel: string;
  dictionary: string;
}

/**
 * Offline English recognition with Debian's pocketsphinx and its US English acoustic model. The general English
 * language model it ships recognises almost nothing of a short question (espeak-ng's "Where is the nearest
 * evacuation shelter?" came out as "the reason you do not unique to you"), so the decoder uses a language model of
 * this service's domain instead, built at start from the topic words and the names of Tokyo's stations and
 * municipalities (english-questions.ts). It hears questions about the service's topics well and anything else
 * poorly: docs/voice.md says so. English only: no other language has a pocketsphinx model in Debian.
 */
export class PocketsphinxRecognizer implements SpeechRecognizer {
  readonly name = 'pocketsphinx';
  private readonly options: PocketsphinxOptions;
  private files?: Promise<ModelFiles>;

  /** Whether pocketsphinx and its English model are on this machine (installed-engines.ts). */
  private readonly installed: boolean;

  constructor(options: PocketsphinxOptions, installed: boolean = findInstalledEngines().pocketsphinx) {
    this.options = options;
    this.installed = installed;
  }

  supports(lang: Lang): boolean {
    return lang === 'en' && this.installed;
  }

  warmUp(): Promise<void> {
    return this.installed ? this.modelFiles().then(() => undefined) : Promise.resolve();
  }

  async recognize({ audio, lang }: RecognitionRequest, signal?: AbortSignal): Promise<RecognitionResult> {
    if (!this.supports(lang)) throw new DomainError('recognition_unsupported', { lang });
    const files = await this.modelFiles();
    const rate = VOICE.recognitionSampleRate;
    const wav = encodeWav({ sampleRate: rate, samples: resample(audio.samples, audio.sampleRate, rate) });
    const { stdout, runMs } = await withTempDir(async (dir) => {
      const input = path.join(dir, 'utterance.wav');
      await writeFile(input, wav);
      const args = [
        '-infile', input,
        '-hmm', ENGINE_PATHS.pocketsphinxModel,
        '-lm', files.languageModel,
        '-dict', files.dictionary,
        '-samprate', String(rate),
        // a little noise added before the features: stretches of digital silence (a synthetic voice, a browser's
        // noise suppression) otherwise skew the utterance's cepstral mean; espeak-ng's "evacuation" was heard as
        // "evacuate to" without it (deterministic: the noise has a fixed seed)
        '-dither', 'yes',
        '-logfn', '/dev/null',
      ];
      return runProcess(ENGINE_PATHS.pocketsphinx, args, { signal });
    });
    // one line per stretch of speech between pauses
    const text = stdout.toString('utf8').split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    return { text, lang, decodeMs: runMs };
  }

  private modelFiles(): Promise<ModelFiles> {
    this.files ??= this.writeModelFiles().catch((error: unknown) => {
      this.files = undefined; // a later call tries again
      throw new DomainError('speech_unavailable', undefined, { cause: error });
    });
    return this.files;
  }

  private async writeModelFiles(): Promise<ModelFiles> {
    const { sentences, romajiWords } = buildEnglishQuestions(this.options.topicPhrases, this.options.gazetteer);
    const vocabulary = new Set(sentences.flat());
    const { dictionary, unknown } = await buildPronunciations(ENGINE_PATHS.pocketsphinxDictionary, vocabulary, romajiWords);
    const sayable = sentences.filter((sentence) => sentence.every((word) => !unknown.has(word)));
    const languageModel = buildArpaModel(sayable, 3);
    const hash = createHash('sha256').update(languageModel).update(dictionary).digest('hex').slice(0, 16);
    const dir = path.join(this.options.cacheDir ?? path.join(os.tmpdir(), 'tokyo-ai-chat-speech'), hash);
    const files = { languageModel: path.join(dir, 'domain.lm'), dictionary: path.join(dir, 'domain.dict') };
    if (await exists(files.dictionary)) return files;
    await mkdir(dir, { recursive: true });
    // written under temporary names and renamed, so a concurrent server never reads half a file
    await writeFile(`${files.languageModel}.${process.pid}`, languageModel);
    await writeFile(`${files.dictionary}.${process.pid}`, dictionary);
    await rename(`${files.languageModel}.${process.pid}`, files.languageModel);
    await rename(`${files.dictionary}.${process.pid}`, files.dictionary);
    return files;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
