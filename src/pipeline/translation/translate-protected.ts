import type { Translator } from '../../adapters/translation/translator.ts';
import { inventedContacts, type ProtectedTerm, protectSpans, restoreSpans } from '../../text/protected-spans.ts';

/** A translation that changed what must not change: not shown. */
export class RefusedTranslation extends Error {
  override readonly name = 'RefusedTranslation';
  readonly reason: 'span_lost' | 'span_doubled' | 'contact_invented';

  constructor(reason: RefusedTranslation['reason'], detail: string) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
  }
}

export interface ProtectedTranslation {
  texts: string[];
  cached: boolean;
  /** Spans the translator changed inside their element, put back as they were. */
  repaired: number;
}

/**
 * Translates texts with their names, addresses, phone numbers, links and numbers protected (text/protected-spans.ts),
 * in one call, and checks what comes back: a span lost or doubled, or a phone number or link that was not sent,
 * refuses the whole translation (RefusedTranslation); a span changed inside its element is put back.
 */
export async function translateProtected(
  translator: Translator,
  items: ReadonlyArray<{ text: string; terms?: readonly ProtectedTerm[] }>,
  languages: { source: string; target: string },
  signal?: AbortSignal,
): Promise<ProtectedTranslation> {
  const markups = items.map((item) => protectSpans(item.text, item.terms));
  const result = await translator.translate({ texts: markups.map((markup) => markup.html), ...languages, mimeType: 'text/html' }, signal);
  let repaired = 0;
  const texts = markups.map((markup, i) => {
    const restored = restoreSpans(result.texts[i] as string, markup);
    if (restored.missing.length > 0) throw new RefusedTranslation('span_lost', restored.missing.map((span) => span.kind).join(', '));
    if (restored.duplicated.length > 0) throw new RefusedTranslation('span_doubled', restored.duplicated.map((span) => span.kind).join(', '));
    const invented = inventedContacts(items[i]?.text ?? '', restored.text);
    if (invented.length > 0) throw new RefusedTranslation('contact_invented', `${invented.length} not in the original`);
    repaired += restored.altered.length;
    return restored.text;
  });
  return { texts, cached: result.cached, repaired };
}
