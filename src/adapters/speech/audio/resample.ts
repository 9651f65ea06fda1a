/** Taps on each side of a sample, in units of the output's sample period. */
const HALF_WIDTH = 8;
/** Sub-sample positions the low-pass kernel is tabulated for, when the rates are not in a whole ratio. */
const PHASES = 64;

interface Kernel {
  half: number;
  phases: number;
  /** phases × (2 × half + 1) weights, each phase's normalised to sum to one. */
  weights: Float64Array;
}

const kernels = new Map<string, Kernel>();

/**
 * Changes the sample rate of mono 16-bit audio. Going down, a windowed-sinc low-pass at 90 % of the new Nyquist
 * frequency comes first, so that what the new rate cannot carry does not fold back into the speech band (a
 * synthesiser's 48 kHz becoming 24 kHz, a phone's 48 kHz becoming the recogniser's 16 kHz); its weights are
 * computed once per pair of rates. Going up, linear interpolation is enough: nothing needs removing.
 */
export function resample(samples: Int16Array, from: number, to: number): Int16Array {
  if (from === to || samples.length === 0) return samples;
  const ratio = from / to;
  const out = new Int16Array(Math.max(1, Math.floor(samples.length / ratio)));
  if (ratio > 1) {
    const { half, phases, weights } = kernelFor(ratio);
    const width = 2 * half + 1;
    for (let i = 0; i < out.length; i += 1) {
      const centre = i * ratio;
      const base = Math.floor(centre);
      const phase = Math.min(phases - 1, Math.round((centre - base) * phases)) % phases;
      const offset = phase * width;
      let sum = 0;
      let used = 0;
      for (let k = -half; k <= half; k += 1) {
        const j = base + k;
        if (j < 0 || j >= samples.length) continue;
        const weight = weights[offset + k + half] as number;
        sum += (samples[j] as number) * weight;
        used += weight;
      }
      out[i] = Math.max(-32768, Math.min(32767, Math.round(used === 0 ? 0 : sum / used)));
    }
    return out;
  }
  for (let i = 0; i < out.length; i += 1) {
    const position = i * ratio;
    const left = Math.floor(position);
    const right = Math.min(samples.length - 1, left + 1);
    const weight = position - left;
    out[i] = Math.round((samples[left] as number) * (1 - weight) + (samples[right] as number) * weight);
  }
  return out;
}

function kernelFor(ratio: number): Kernel {
  const key = ratio.toFixed(6);
  const known = kernels.get(key);
  if (known) return known;
  const cutoff = 0.9 / (2 * ratio); // in cycles per input sample
  const half = Math.ceil(HALF_WIDTH * ratio);
  const phases = Number.isInteger(ratio) ? 1 : PHASES;
  const width = 2 * half + 1;
  const weights = new Float64Array(phases * width);
  for (let phase = 0; phase < phases; phase += 1) {
    const fraction = phase / phases;
    let total = 0;
    for (let k = -half; k <= half; k += 1) {
      const t = k - fraction;
      const sinc = t === 0 ? 1 : Math.sin(2 * Math.PI * cutoff * t) / (2 * Math.PI * cutoff * t);
      const window = Math.abs(t) >= half ? 0 : 0.5 + 0.5 * Math.cos((Math.PI * t) / half);
      weights[phase * width + k + half] = sinc * window;
      total += sinc * window;
    }
    for (let k = 0; k < width; k += 1) weights[phase * width + k] = (weights[phase * width + k] as number) / total;
  }
  const kernel = { half, phases, weights };
  kernels.set(key, kernel);
  return kernel;
}
