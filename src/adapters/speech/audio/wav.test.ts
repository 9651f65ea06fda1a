import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/domain-error.ts';
import { resample } from './resample.ts';
import { concatPcm, decodeWav, encodeWav, pcmFromBytes } from './wav.ts';

const tone = (rate: number, seconds: number, hz = 440) =>
  Int16Array.from({ length: Math.round(rate * seconds) }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * hz * i) / rate)));

describe('WAV', () => {
  it('decodes what it encodes', () => {
    const samples = tone(16_000, 0.1);
    const decoded = decodeWav(encodeWav({ sampleRate: 16_000, samples }));
    expect(decoded.sampleRate).toBe(16_000);
    expect([...decoded.samples]).toEqual([...samples]);
  });

  it('reads a streaming header whose data size runs past the end (espeak-ng --stdout)', () => {
    const wav = encodeWav({ sampleRate: 22_050, samples: tone(22_050, 0.05) });
    wav.writeUInt32LE(0x7fffffff, 40);
    expect(decodeWav(wav).samples.length).toBe(Math.round(22_050 * 0.05));
  });

  it('mixes stereo down to mono and skips chunks it does not know', () => {
    const frames = 4;
    const header = encodeWav({ sampleRate: 8_000, samples: new Int16Array(frames * 2) });
    header.writeUInt16LE(2, 22); // channels
    const list = Buffer.from('LIST\u0004\u0000\u0000\u0000abcd', 'latin1');
    const wav = Buffer.concat([header.subarray(0, 36), list, header.subarray(36)]);
    for (let i = 0; i < frames; i += 1) {
      wav.writeInt16LE(1000, 44 + list.length + i * 4);
      wav.writeInt16LE(3000, 46 + list.length + i * 4);
    }
    expect([...decodeWav(wav).samples]).toEqual([2000, 2000, 2000, 2000]);
  });

  it('refuses what is not 16-bit PCM WAV with audio_invalid', () => {
    const eightBit = encodeWav({ sampleRate: 8_000, samples: new Int16Array(4) });
    eightBit.writeUInt16LE(8, 34);
    for (const bad of [Buffer.from('not a wav at all'), eightBit, Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVE', 'latin1')]) {
      expect(() => decodeWav(bad)).toThrow(DomainError);
      try {
        decodeWav(bad);
      } catch (error) {
        expect((error as DomainError).code).toBe('audio_invalid');
      }
    }
  });

  it('reads little-endian frames', () => {
    expect([...pcmFromBytes(Uint8Array.from([0x01, 0x00, 0xff, 0xff, 0x7f]))]).toEqual([1, -1]);
  });
});

describe('resample', () => {
  it('keeps duration and pitch from 48 kHz to 16 kHz and back up', () => {
    const down = resample(tone(48_000, 0.5), 48_000, 16_000);
    expect(down.length).toBe(8_000);
    const crossings = down.reduce((n, value, i) => (i > 0 && (down[i - 1] as number) < 0 && value >= 0 ? n + 1 : n), 0);
    expect(crossings).toBeGreaterThanOrEqual(219); // 440 Hz for half a second
    expect(crossings).toBeLessThanOrEqual(221);
    expect(resample(down, 16_000, 24_000).length).toBe(12_000);
    const peak = Math.max(...down.slice(100, -100));
    expect(peak).toBeGreaterThan(7_600); // the 440 Hz tone keeps its level (8,000)
  });

  it('removes what the new rate cannot carry instead of folding it into the speech band', () => {
    // 10 kHz at 48 kHz would alias to 6 kHz at 16 kHz without the low-pass
    const down = resample(tone(48_000, 0.2, 10_000), 48_000, 16_000);
    const peak = Math.max(...down.slice(100, -100).map(Math.abs));
    expect(peak).toBeLessThan(200); // from 8,000: more than 30 dB down
  });
});

describe('trimSilence', () => {
  it('cuts the silence around a sentence, keeping a short margin', async () => {
    const { trimSilence } = await import('./trim-silence.ts');
    const rate = 16_000;
    const samples = new Int16Array(rate * 2);
    samples.set(tone(rate, 0.5), rate / 2); // half a second of silence, half a second of sound, a second of silence
    const trimmed = trimSilence({ sampleRate: rate, samples });
    expect(trimmed.samples.length / rate).toBeGreaterThan(0.5);
    expect(trimmed.samples.length / rate).toBeLessThan(0.65);
    expect(trimSilence({ sampleRate: rate, samples: new Int16Array(rate) }).samples.length).toBe(0);
  });
});

describe('concatPcm', () => {
  it('joins recordings of one rate in order, and refuses recordings of different rates', () => {
    const joined = concatPcm([
      { sampleRate: 8_000, samples: Int16Array.from([1, 2]) },
      { sampleRate: 8_000, samples: new Int16Array(0) },
      { sampleRate: 8_000, samples: Int16Array.from([3]) },
    ]);
    expect(joined).toEqual({ sampleRate: 8_000, samples: Int16Array.from([1, 2, 3]) });
    expect(() => concatPcm([{ sampleRate: 8_000, samples: new Int16Array(1) }, { sampleRate: 16_000, samples: new Int16Array(1) }])).toThrow(RangeError);
  });
});
