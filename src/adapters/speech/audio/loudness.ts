/** Root mean square of 16-bit samples, scaled to 0..1 (full scale). */
export function rmsOf(samples: Int16Array, start = 0, end = samples.length): number {
  if (end <= start) return 0;
  let sum = 0;
  for (let i = start; i < end; i += 1) {
    const value = (samples[i] as number) / 32768;
    sum += value * value;
  }
  return Math.sqrt(sum / (end - start));
}

/**
 * The share of fixed windows (e.g. 50 ms) whose RMS is above a threshold: how much of a recording holds sound.
 * Used to refuse silence before running a recogniser on it, and by tests to tell speech from silence.
 */
export function voicedShare(samples: Int16Array, sampleRate: number, threshold: number, windowSeconds = 0.05): number {
  const size = Math.max(1, Math.round(sampleRate * windowSeconds));
  let windows = 0;
  let voiced = 0;
  for (let start = 0; start < samples.length; start += size) {
    windows += 1;
    if (rmsOf(samples, start, Math.min(samples.length, start + size)) > threshold) voiced += 1;
  }
  return windows === 0 ? 0 : voiced / windows;
}
