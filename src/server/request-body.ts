import type { Context } from 'hono';
import { LIMITS } from '../config/tunables.ts';
import { DomainError } from '../core/domain-error.ts';

/**
 * The JSON body of a request: 415 unless it is declared JSON, 413 past the size limit, 400 when it does not
 * parse. The size is checked on the bytes received, whatever Content-Length claims.
 */
export async function readJsonBody(c: Context, maxBytes: number = LIMITS.maxBodyBytes): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !(type.startsWith('application/') && type.endsWith('+json'))) {
    throw new DomainError('unsupported_media_type');
  }
  const body = await readBodyBytes(c.req.raw, maxBytes, () => new DomainError('body_too_large', { limit: maxBytes }));
  if (!body) throw new DomainError('invalid_json');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DomainError('invalid_json', undefined, { cause: error });
  }
}

/**
 * The raw body, refused with `tooLarge()` past `maxBytes`: on Content-Length before reading, and on the bytes
 * received whatever it claimed. Undefined when the request has no body.
 */
export async function readBodyBytes(request: Request, maxBytes: number, tooLarge: () => DomainError): Promise<Buffer | undefined> {
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
