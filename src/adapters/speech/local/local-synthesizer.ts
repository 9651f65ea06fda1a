import type { Lang } from '../../../i18n/languages.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { EspeakSynthesizer } from './espeak-synthesizer.ts';
import { OpenJtalkSynthesizer } from './open-jtalk-synthesizer.ts';

/** The embedded default: Open JTalk for Japanese and やさしい日本語, espeak-ng for the other languages. */
export class LocalSynthesizer implements SpeechSynthesizer {
  readonly name = 'local';
  private readonly japanese = new OpenJtalkSynthesizer();
  private readonly others = new EspeakSynthesizer();

  voiceOf(lang: Lang): string {
    const engine = this.engineFor(lang);
    return `${engine.name}:${engine.voiceOf(lang)}`;
  }

  synthesize(request: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    return this.engineFor(request.lang).synthesize(request, signal);
  }

  warmUp(): void {
    this.japanese.warmUp();
    this.others.warmUp();
  }

  async close(): Promise<void> {
    await Promise.all([this.japanese.close(), this.others.close()]);
  }

  private engineFor(lang: Lang): SpeechSynthesizer {
    return lang === 'ja' || lang === 'ja-easy' ? this.japanese : this.others;
  }
}
