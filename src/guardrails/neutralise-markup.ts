// a complete tag (<script>, </b>, <img src=x onerror=...>) or an HTML comment
const TAG = /<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi;
// executable URL schemes, where a client might turn text into a link
const SCRIPT_SCHEME = /\b(javascript|vbscript)\s*:/gi;

/**
 * Text that no client can render as HTML: whole tags removed, any other `<` and `>` turned into their
 * full-width look-alikes (＜ ＞), `javascript:` links broken. Answers are text (PRODUCT.md), and the records
 * and the model are not trusted to keep to that.
 */
export function neutraliseMarkup(text: string): string {
  return text
    .replace(TAG, '')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(SCRIPT_SCHEME, '$1：');
}

/** A URL a client may turn into a link: http(s) only. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : undefined;
}
