import type { Lang } from '../../../core/languages.ts';
import { DomainError } from '../../../core/domain-error.ts';
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from '../speech-synthesizer.ts';
import { EspeakSynthesizer } from './espeak-synthesizer.ts';
import { findInstalledEngines, type InstalledEngines } from './installed-engines.ts';
import { OpenJtalkSynthesizer } from './open-jtalk-synthesizer.ts';

/**
 * The embedded default: Open JTalk for Japanese and やさしい日本語, espeak-ng for the other languages. An engine
 * this machine lacks is never started; its languages answer `speech_unavailable` (installed-engines.ts).
 */
export class LocalSynthesizer implements SpeechSynthesizer {
  readonly name = 'local';
  private readonly installed: InstalledEngines;
  private readonly japanese = new OpenJtalkSynthesizer();
  private readonly others = new EspeakSynthesizer();

  constructor(installed: InstalledEngines = findInstalledEngines()) {
    this.installed = installed;
  }

  voiceOf(lang: Lang): string {
    const engine = this.engineFor(lang);
    return `${engine.name}:${engine.voiceOf(lang)}`;
  }

  synthesize(request: SynthesisRequest, signal?: AbortSignal): Promise<SynthesisResult> {
    if (!this.speaks(request.lang)) return Promise.reject(new DomainError('speech_unavailable', { lang: request.lang }));
    return this.engineFor(request.lang).synthesize(request, signal);
  }

  /** Whether an engine for the language is installed here. */
  speaks(lang: Lang): boolean {
    return lang === 'ja' || lang === 'ja-easy' ? this.installed.openJtalk : this.installed.espeakNg;
  }

  warmUp(): void {
    if (this.installed.openJtalk) this.japanese.warmUp();
    if (this.installed.espeakNg) this.others.warmUp();
  }

  async close(): Promise<void> {
    await Promise.all([this.japanese.close(), this.others.close()]);
  }

  private engineFor(lang: Lang): SpeechSynthesizer {
    return lang === 'ja' || lang === 'ja-easy' ? this.japanese : this.others;
  }
}
