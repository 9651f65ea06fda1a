import { rmsOf } from './loudness.ts';
import type { Pcm } from './wav.ts';

/** Below this RMS (about -50 dBFS) a 10 ms window counts as silence. */
const SILENCE_RMS = 0.003;
/** Silence kept at each end, so that words do not start or stop abruptly. */
const MARGIN_SECONDS = 0.06;

/**
 * Cuts the silence an engine puts before and after a sentence (Open JTalk: about half a second before and up to a
 * second after). Spoken sentence by sentence, that silence would be a pause between every two sentences and a
 * wait before the first word.
 */
export function trimSilence(pcm: Pcm): Pcm {
  const { samples, sampleRate } = pcm;
  const window = Math.max(1, Math.round(sampleRate * 0.01));
  let start = 0;
  while (start < samples.length && rmsOf(samples, start, Math.min(samples.length, start + window)) < SILENCE_RMS) start += window;
  let end = samples.length;
  while (end > start && rmsOf(samples, Math.max(start, end - window), end) < SILENCE_RMS) end -= window;
  if (start >= end) return { sampleRate, samples: samples.subarray(0, 0) };
  const margin = Math.round(sampleRate * MARGIN_SECONDS);
  return { sampleRate, samples: samples.slice(Math.max(0, start - margin), Math.min(samples.length, end + margin)) };
}
