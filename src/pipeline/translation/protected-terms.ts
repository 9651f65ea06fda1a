import type { Place } from '../../core/place.ts';
import { anchorName, placeName, wardName } from '../../i18n/place-names.ts';
import type { ProtectedTerm } from '../../text/protected-spans.ts';
import type { ChatContext } from '../context.ts';

/** The placeholders redaction leaves in a question (observability/redact.ts): kept as they are. */
const REDACTED = ['[email]', '[card-number]', '[my-number]', '[phone]', '[address]'];

/**
 * What an answer may say that must come back from translation exactly: every cited place's names (as the answer
 * writes them, in English and Japanese), address, phone and link, the point it is measured from, the
 * municipality and its office (the contact of a "no data" answer).
 */
export function answerTerms(ctx: ChatContext): ProtectedTerm[] {
  const { index } = ctx.deps;
  const places = ctx.places.flatMap((ranked) => [ranked.place, ...(ranked.merged ?? [])]);
  const wards = new Set([ctx.frame?.ward, ctx.frame?.scope?.ward, ...places.map((place) => place.ward)].filter((ward): ward is string => Boolean(ward)));
  const offices = [...wards].flatMap((ward) => index.officeOf(ward) ?? []);
  const terms: ProtectedTerm[] = [...places, ...offices].flatMap((place) => placeTerms(place, ctx.lang));
  for (const ward of wards) terms.push({ text: wardName(ward, ctx.lang, index.officeOf(ward)), kind: 'name' }, { text: ward, kind: 'name' });
  const anchor = ctx.frame?.anchor;
  if (anchor && anchor.kind !== 'user') terms.push({ text: anchorName(anchor, ctx.lang), kind: 'name' });
  return terms;
}

/** What a question must keep through translation: the placeholders of redacted personal data. */
export function questionTerms(question: string): ProtectedTerm[] {
  return REDACTED.filter((placeholder) => question.includes(placeholder)).map((text) => ({ text, kind: 'name' }));
}

function placeTerms(place: Place, lang: ChatContext['lang']): ProtectedTerm[] {
  const names = [placeName(place, lang), place.name.display?.en, place.name.en, place.name.ja].filter((name): name is string => Boolean(name));
  return [
    ...names.map((text) => ({ text, kind: 'name' as const })),
    ...(place.address ? [{ text: place.address, kind: 'address' as const }] : []),
    ...(place.phone ? [{ text: place.phone, kind: 'phone' as const }] : []),
    ...(place.url ? [{ text: place.url, kind: 'url' as const }] : []),
  ];
}
