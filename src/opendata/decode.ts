import iconv from 'iconv-lite';

export type Encoding = 'auto' | 'utf8' | 'cp932';

/**
 * Decodes an open-data file. Tokyo files come as CP932 (Shift_JIS), UTF-8, UTF-8 with a BOM, and at least one
 * publisher serves UTF-16LE with a BOM (CKAN_NOTES §5). A UTF-16 BOM decides; otherwise strict UTF-8 is tried
 * first, because CP932 bytes are almost never valid UTF-8, and CP932 is the fallback.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): string {
  if (encoding === 'cp932') return iconv.decode(Buffer.from(bytes), 'cp932');
  if (encoding === 'utf8') return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return iconv.decode(Buffer.from(bytes), 'cp932');
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
