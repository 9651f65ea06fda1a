import type { Translator } from '../../adapters/translation/translator.ts';
import { inventedContacts, type ProtectedMarkup, type ProtectedTerm, protectSpans, type RestoredText, restoreSpans } from '../../text/protected-spans.ts';

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
  /** Milliseconds spent in the translator's call (the cache, the service), apart from the checks around it. */
  callMs: number;
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
  const check = (translation: string, i: number) => checked(translation, markups[i] as ProtectedMarkup, items[i]?.text ?? '');
  const keep = (translation: string, i: number) => !(check(translation, i) instanceof RefusedTranslation);
  const started = performance.now();
  const result = await translator.translate({ texts: markups.map((markup) => markup.html), ...languages, mimeType: 'text/html', keep }, signal);
  const callMs = performance.now() - started;
  let repaired = 0;
  const texts = result.texts.map((translation, i) => {
    const restored = check(translation, i);
    if (restored instanceof RefusedTranslation) throw restored;
    repaired += restored.altered.length;
    return restored.text;
  });
  return { texts, cached: result.cached, repaired, callMs };
}

/** The translation restored, or why it must not be shown. */
function checked(translation: string, markup: ProtectedMarkup, original: string): RestoredText | RefusedTranslation {
  const restored = restoreSpans(translation, markup);
  if (restored.missing.length > 0) return new RefusedTranslation('span_lost', restored.missing.map((span) => span.kind).join(', '));
  if (restored.duplicated.length > 0) return new RefusedTranslation('span_doubled', restored.duplicated.map((span) => span.kind).join(', '));
  const invented = inventedContacts(original, restored.text);
  if (invented.length > 0) return new RefusedTranslation('contact_invented', `${invented.length} not in the original`);
  return restored;
}
