import { factText, hoursText } from '../adapters/answer-engine/fact-text.ts';
import type { CardFact } from '../core/chat.ts';
import type { Lang } from '../core/languages.ts';
import type { Place } from '../core/place.ts';
import type { Attribute } from '../core/question-frame.ts';
import { ANSWER_PHRASES } from '../i18n/answer-phrases.ts';
import { factOf } from '../retrieval/place-facts.ts';

/** What a place card shows, in this order (phone and address have their own fields). */
const CARD_FACTS: readonly Attribute[] = [
  'hours',
  'floor',
  'access',
  'fee',
  'wheelchair',
  'ostomate',
  'baby',
  'parking',
  'toilets',
  'beds',
  'emergency_role',
  'ssid',
  'event_dates',
  'venue',
  'hazards',
  'admits',
  'capacity',
  'conditions',
  'childcare',
  'description',
];
/** The publisher's Japanese free text a card shows in other languages too (station names, a floor): short and useful. */
const JAPANESE_TEXT_EVERYWHERE: ReadonlySet<Attribute> = new Set(['access', 'floor', 'venue']);

/**
 * A place's card facts by language, computed once: a record does not change while the snapshot is loaded, and lists
 * show the same places again and again (at most one entry per record and language).
 */
const CARD_FACTS_OF = new WeakMap<Place, Map<Lang, readonly CardFact[]>>();

/** The facts of a place for its card, in the answer's language; only what the record holds (a fresh array). */
export function cardFacts(place: Place, lang: Lang): CardFact[] {
  let byLang = CARD_FACTS_OF.get(place);
  if (!byLang) {
    byLang = new Map();
    CARD_FACTS_OF.set(place, byLang);
  }
  let facts = byLang.get(lang);
  if (!facts) {
    facts = Object.freeze(factsOf(place, lang).map((fact) => Object.freeze(fact)));
    byLang.set(lang, facts);
  }
  return [...facts];
}

function factsOf(place: Place, lang: Lang): CardFact[] {
  const p = ANSWER_PHRASES[lang];
  const japanese = lang === 'ja' || lang === 'ja-easy';
  const facts: CardFact[] = [];
  for (const key of CARD_FACTS) {
    const fact = factOf(place, key, lang === 'en');
    if (!fact) continue;
    let value: string;
    switch (fact.kind) {
      case 'flag':
        value = fact.value === 'yes' ? p.yes : p.no;
        break;
      case 'fee':
        value = fact.text && (japanese || fact.free === undefined) ? `${fact.text}${japanese ? '' : p.inJapanese}` : fact.free === 'yes' ? p.labels.free && p.conditions.free.trim() : p.conditions.paid.trim();
        break;
      case 'role':
        value = `${ANSWER_PHRASES[lang].labels.emergency_role}${fact.tertiary ? `: ${p.roleTertiary}` : ''}`;
        break;
      case 'hours':
        value = hoursText(fact.hours, p) + (japanese && fact.hours.note ? ` ${fact.hours.note}` : '');
        break;
      case 'text':
        if (fact.lang === 'ja' && !japanese && !JAPANESE_TEXT_EVERYWHERE.has(key)) continue;
        value = `${factText(fact, lang)}${fact.lang === 'ja' && !japanese ? p.inJapanese : ''}`;
        break;
      case 'floor':
        value = `${factText(fact, lang)}${fact.where && !japanese ? p.inJapanese : ''}`;
        break;
      case 'admits':
        value = fact.everyone ? p.yes : `${factText(fact, lang)}${japanese ? '' : p.inJapanese}`;
        break;
      default:
        value = factText(fact, lang);
    }
    if (value) facts.push({ key, label: p.labels[key], value });
  }
  return facts;
}
