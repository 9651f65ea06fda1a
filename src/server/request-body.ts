import type { Context } from 'hono';
import { LIMITS } from '../config/tunables.ts';
import { AppError } from './app-error.ts';

/**
 * The JSON body of a request: 415 unless it is declared JSON, 413 past the size limit, 400 when it does not
 * parse. The size is checked on the bytes received, whatever Content-Length claims.
 */
export async function readJsonBody(c: Context, maxBytes: number = LIMITS.maxBodyBytes): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !(type.startsWith('application/') && type.endsWith('+json'))) {
    throw new AppError('unsupported_media_type');
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('body_too_large', { limit: maxBytes });
  const reader = c.req.raw.body?.getReader();
  if (!reader) throw new AppError('invalid_json');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('body_too_large', { limit: maxBytes });
    }
    chunks.push(value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('invalid_json', undefined, { cause: error });
  }
}
