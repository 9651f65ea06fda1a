/**
 * Protected spans of a text sent to machine translation (issue 17): the names, addresses, phone numbers, URLs and
 * numbers an answer gives must come back exactly as they went. They are sent as HTML inside
 * `<span translate="no">`, which Cloud Translation leaves untranslated with `mimeType: text/html`, each with an id;
 * what comes back is checked span by span, repaired when a span's text was changed inside its element, and
 * refused when a span was lost or doubled, or a phone number or link appeared that was not sent.
 */
export type SpanKind = 'url' | 'phone' | 'address' | 'name' | 'number';

/** A piece of text the caller knows must stay as it is (a cited place's name, address, phone). */
export interface ProtectedTerm {
  text: string;
  kind: SpanKind;
}

export interface ProtectedSpan {
  id: string;
  text: string;
  kind: SpanKind;
}

/** The text as HTML for the translator, and the spans it protects. */
export interface ProtectedMarkup {
  html: string;
  spans: ProtectedSpan[];
}

export interface RestoredText {
  text: string;
  /** Spans whose element came back with other text in it: repaired with the original. */
  altered: ProtectedSpan[];
  /** Spans whose element did not come back. */
  missing: ProtectedSpan[];
  /** Spans whose element came back more than once. */
  duplicated: ProtectedSpan[];
}

const URL = /https?:\/\/[^\s<>"'）」]+/g;
// Japanese phone numbers as the data writes them (03-1234-5678, 0120-123-456, +81 3 1234 5678)
const PHONE = /(?:\+81[\s-]?\d{1,4}|(?<!\d)0\d{1,4})[-‐‑\s]\d{1,4}[-‐‑\s]\d{3,4}(?!\d)/g;
// Japanese written in an answer of another language: a name or an address as the data has it (東京都品川区南品川6-8-8)
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇0-9０-９\-－‐・（）]*/gu;
// numbers with the separators of times, dates, ranges and decimals: 470, 1.2, 09:00–20:00, 2026/12/06
// eslint-disable-next-line security/detect-unsafe-regex -- bounded by the digits
const NUMBER = /\d+(?:[.,:/\-–~]\d+)*/g;

const PRIORITY: Record<SpanKind, number> = { url: 0, phone: 1, address: 2, name: 3, number: 4 };

interface Candidate {
  start: number;
  end: number;
  kind: SpanKind;
  rank: number;
}

/**
 * Marks what must not be translated: links, phone numbers, the given terms (longest first), Japanese text, numbers.
 * Overlaps go to the earlier kind in that order, then to the longer span.
 */
export function protectSpans(text: string, terms: readonly ProtectedTerm[] = []): ProtectedMarkup {
  const candidates: Candidate[] = [];
  const add = (start: number, end: number, kind: SpanKind, rank = PRIORITY[kind]) => {
    if (end > start) candidates.push({ start, end, kind, rank });
  };
  for (const match of text.matchAll(URL)) add(match.index, match.index + trimTrailing(match[0]).length, 'url');
  for (const match of text.matchAll(PHONE)) add(match.index, match.index + match[0].length, 'phone');
  const known = [...new Map(terms.filter((term) => term.text.trim().length >= 2).map((term) => [term.text, term])).values()].sort((a, b) => b.text.length - a.text.length);
  for (const term of known) {
    for (let at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + term.text.length)) add(at, at + term.text.length, term.kind);
  }
  for (const match of text.matchAll(JAPANESE)) add(match.index, match.index + trimTrailing(match[0]).length, 'name', PRIORITY.name + 0.5);
  for (const match of text.matchAll(NUMBER)) add(match.index, match.index + match[0].length, 'number');

  candidates.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    if (!taken.some((other) => candidate.start < other.end && other.start < candidate.end)) taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);

  const spans: ProtectedSpan[] = [];
  let html = '';
  let at = 0;
  for (const { start, end, kind } of taken) {
    const span: ProtectedSpan = { id: `p${spans.length + 1}`, text: text.slice(start, end), kind };
    spans.push(span);
    html += `${escapeText(text.slice(at, start))}<span translate="no" id="${span.id}">${escapeText(span.text)}</span>`;
    at = end;
  }
  html += escapeText(text.slice(at));
  return { html, spans };
}

/**
 * The translated HTML as text, every protected span put back as it was sent. Which spans were changed, lost or
 * doubled is reported: a caller must refuse the text when any was lost or doubled (`spansIntact`).
 */
export function restoreSpans(translated: string, markup: ProtectedMarkup): RestoredText {
  const byId = new Map(markup.spans.map((span) => [span.id, span]));
  const seen = new Map<string, number>();
  const altered: ProtectedSpan[] = [];
  const elements = [...translated.matchAll(/<span\b([^>]*)>([\s\S]*?)<\/span>/gi)];
  // without ids on any element (a translator that drops attributes), the elements are taken in order
  const idless = elements.every((element) => !/\bid\s*=/.test(element[1] ?? ''));
  let order = 0;
  const body = translated.replace(/<span\b([^>]*)>([\s\S]*?)<\/span>/gi, (_whole, attributes: string, inner: string) => {
    const protectedElement = /translate\s*=\s*["']?no|notranslate/i.test(attributes);
    if (!protectedElement) return inner;
    const id = idless ? markup.spans[order]?.id : /\bid\s*=\s*["']?([\w-]+)/.exec(attributes)?.[1];
    order += 1;
    const span = id ? byId.get(id) : undefined;
    if (!span) return escapeText(decodeEntities(inner));
    seen.set(span.id, (seen.get(span.id) ?? 0) + 1);
    if (decodeEntities(inner) !== span.text) altered.push(span);
    return `\uE000${span.id}\uE000`;
  });
  const text = decodeEntities(body.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/\uE000([\w-]+)\uE000/g, (_, id: string) => byId.get(id)?.text ?? '');
  return {
    text,
    altered,
    missing: markup.spans.filter((span) => !seen.has(span.id)),
    duplicated: markup.spans.filter((span) => (seen.get(span.id) ?? 0) > 1),
  };
}

/** Every span came back once. */
export function spansIntact(restored: RestoredText): boolean {
  return restored.missing.length === 0 && restored.duplicated.length === 0;
}

/**
 * Phone numbers and links in a translation that the original did not have (a translator that "corrects" a number
 * outside the protected spans, or invents one): any such text must not be shown.
 */
export function inventedContacts(original: string, translated: string): string[] {
  const sent = new Set([...original.matchAll(PHONE), ...original.matchAll(URL)].map((match) => trimTrailing(match[0])));
  return [...translated.matchAll(PHONE), ...translated.matchAll(URL)].map((match) => trimTrailing(match[0])).filter((value) => !sent.has(value));
}

/** Text as HTML text content: the three characters that would start markup, and line breaks as <br>. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML character references as characters (what the translator's HTML may use for quotes and apostrophes). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A link or name run ends before the punctuation that closes its sentence. */
function trimTrailing(value: string): string {
  return value.replace(/[.,;:!?)\]（(・\-－‐]+$/u, '');
}
