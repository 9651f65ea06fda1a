import { DomainError } from '../../../core/domain-error.ts';

/** Mono 16-bit PCM with its rate: what the engines read and write, and what the voice protocol carries. */
export interface Pcm {
  sampleRate: number;
  samples: Int16Array;
}

const HEADER_BYTES = 44;
const FORMAT_PCM = 1;
const FORMAT_EXTENSIBLE = 0xfffe;

/** A canonical 44-byte-header WAV (RIFF, PCM, 16-bit, mono) around the samples. */
export function encodeWav({ sampleRate, samples }: Pcm): Buffer {
  const dataBytes = samples.length * 2;
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(FORMAT_PCM, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  Buffer.from(samples.buffer, samples.byteOffset, dataBytes).copy(wav, HEADER_BYTES);
  return wav;
}

/**
 * Reads a WAV of 16-bit PCM (plain or WAVE_FORMAT_EXTENSIBLE), mixing stereo down to mono. A data chunk whose
 * declared size runs past the end (espeak-ng and other streaming writers put 0x7fffffff there) is read to the
 * end of the buffer. Anything else is refused with `audio_invalid`.
 */
export function decodeWav(wav: Uint8Array): Pcm {
  const buffer = Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength);
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    throw new DomainError('audio_invalid', { reason: 'not a RIFF/WAVE file' });
  }
  let format: { channels: number; sampleRate: number; bits: number; tag: number } | undefined;
  for (let at = 12; at + 8 <= buffer.length; ) {
    const id = buffer.toString('ascii', at, at + 4);
    const size = buffer.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ' && body + 16 <= buffer.length) {
      format = {
        tag: buffer.readUInt16LE(body),
        channels: buffer.readUInt16LE(body + 2),
        sampleRate: buffer.readUInt32LE(body + 4),
        bits: buffer.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new DomainError('audio_invalid', { reason: 'data before fmt' });
      const end = Math.min(buffer.length, body + size);
      return toMono(buffer.subarray(body, end), format);
    }
    at = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new DomainError('audio_invalid', { reason: 'no data chunk' });
}

function toMono(data: Buffer, format: { channels: number; sampleRate: number; bits: number; tag: number }): Pcm {
  const { channels, sampleRate, bits, tag } = format;
  if ((tag !== FORMAT_PCM && tag !== FORMAT_EXTENSIBLE) || bits !== 16 || channels < 1 || channels > 2 || sampleRate < 1) {
    throw new DomainError('audio_invalid', { reason: `unsupported format ${tag}/${bits} bit/${channels} channels`, sampleRate });
  }
  const frames = Math.floor(data.length / (2 * channels));
  const samples = new Int16Array(frames);
  for (let i = 0; i < frames; i += 1) {
    const left = data.readInt16LE(i * 2 * channels);
    samples[i] = channels === 1 ? left : Math.round((left + data.readInt16LE(i * 4 + 2)) / 2);
  }
  return { sampleRate, samples };
}

/** Little-endian 16-bit PCM bytes (the voice protocol's frames) as samples; an odd last byte is dropped. */
export function pcmFromBytes(bytes: Uint8Array): Int16Array {
  const samples = new Int16Array(Math.floor(bytes.byteLength / 2));
  const view = new DataView(bytes.buffer, bytes.byteOffset, samples.length * 2);
  for (let i = 0; i < samples.length; i += 1) samples[i] = view.getInt16(i * 2, true);
  return samples;
}

/** Seconds of audio. */
export function durationOf({ sampleRate, samples }: Pcm): number {
  return samples.length / sampleRate;
}

/** Recordings of one rate one after the other (a recording of another rate is refused: resample it first). */
export function concatPcm(parts: readonly Pcm[]): Pcm {
  const sampleRate = parts[0]?.sampleRate ?? 16_000;
  if (parts.some((part) => part.sampleRate !== sampleRate)) throw new RangeError(`concatPcm: rates differ (${parts.map((p) => p.sampleRate).join(', ')})`);
  const samples = new Int16Array(parts.reduce((sum, part) => sum + part.samples.length, 0));
  let at = 0;
  for (const part of parts) {
    samples.set(part.samples, at);
    at += part.samples.length;
  }
  return { sampleRate, samples };
}
