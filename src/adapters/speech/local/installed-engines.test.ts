import { describe, expect, it } from 'vitest';
import { ENGINE_PATHS } from './engine-paths.ts';
import { findInstalledEngines } from './installed-engines.ts';
import { LocalSynthesizer } from './local-synthesizer.ts';
import { PocketsphinxRecognizer } from './pocketsphinx-recognizer.ts';

describe('offline engines a machine lacks', () => {
  it('finds none when their paths do not exist', () => {
    const nowhere = Object.fromEntries(Object.entries(ENGINE_PATHS).map(([key]) => [key, `/nonexistent/${key}`])) as unknown as typeof ENGINE_PATHS;
    expect(findInstalledEngines(nowhere)).toEqual({ openJtalk: false, espeakNg: false, pocketsphinx: false });
  });

  it('answers speech_unavailable for a language whose engine is missing, and speaks the others', async () => {
    // the production image: espeak-ng only (installed-engines.ts)
    const synthesizer = new LocalSynthesizer({ openJtalk: false, espeakNg: true, pocketsphinx: false });
    try {
      await expect(synthesizer.synthesize({ text: 'こんにちは', lang: 'ja' })).rejects.toMatchObject({ code: 'speech_unavailable' });
      expect(synthesizer.speaks('en')).toBe(true);
      const english = await synthesizer.synthesize({ text: 'Hello.', lang: 'en' });
      expect(english.samples.length).toBeGreaterThan(english.sampleRate / 10);
    } finally {
      await synthesizer.close();
    }
  });

  it('does not offer English recognition without pocketsphinx', async () => {
    const recognizer = new PocketsphinxRecognizer({ topicPhrases: [], gazetteer: [] }, false);
    expect(recognizer.supports('en')).toBe(false);
    await expect(recognizer.warmUp()).resolves.toBeUndefined();
  });
});
