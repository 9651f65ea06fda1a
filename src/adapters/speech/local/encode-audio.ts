import { ENGINE_PATHS } from './engine-paths.ts';
import { runProcess } from './run-process.ts';

/** Compressed formats sox encodes offline (Debian's libsox-fmt-base): Ogg Vorbis and FLAC. */
export const COMPRESSED_FORMATS = { 'audio/ogg': 'ogg', 'audio/flac': 'flac' } as const;

export type CompressedType = keyof typeof COMPRESSED_FORMATS;

/** A WAV re-encoded by sox, read from stdin and written to stdout (`-`), so nothing touches the disk. */
export async function encodeAudio(wav: Buffer, type: CompressedType, signal?: AbortSignal): Promise<Buffer> {
  const { stdout } = await runProcess(ENGINE_PATHS.sox, ['-q', '-t', 'wav', '-', '-t', COMPRESSED_FORMATS[type], '-'], { input: wav, signal });
  return stdout;
}
