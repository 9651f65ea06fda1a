import iconv from 'iconv-lite';

/**
 * Decodes an open-data file. Tokyo files come as CP932 (Shift_JIS), UTF-8, or UTF-8 with a BOM;
 * strict UTF-8 is tried first because CP932 bytes are almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, encoding: 'auto' | 'utf8' | 'cp932' = 'auto'): string {
  if (encoding === 'cp932') return iconv.decode(Buffer.from(bytes), 'cp932');
  if (encoding === 'utf8') return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
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
