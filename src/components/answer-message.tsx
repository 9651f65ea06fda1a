'use client';

import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../core/languages.ts';
import { isPageLang, type PageLang, pageLangTag, uiStrings } from '../i18n/page-languages.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import type { AnswerAnchor, SourceView } from './chat-api.ts';
import { FeedbackButtons } from './feedback-buttons.tsx';
import { LanguageOffer } from './language-offer.tsx';
import { LinkedText } from './linked-text.tsx';
import { PlaceMap } from './map/place-map.tsx';
import type { MapAnchor, MapPin } from './map/map-types.ts';
import { SourceCard, SourceCredits } from './source-card.tsx';
import type { AnswerMessage as Answer } from './use-chat.ts';

/**
 * One answer: the short text that answers, then its places as numbered cards (the details live there, not in the
 * text) with a map of them, and feedback once complete. Everything inside is in the answer's language, which can
 * differ from the page's: then the page offers to switch. A machine-translated answer (issue 17) is in its
 * reader's language, marked as Cloud Translation asks (`lang="vi-x-mtfrom-en"`); its cards stay in the language
 * the answer was written in, as the server sends them.
 */
export function AnswerMessage({ message, uiLang }: { message: Answer; uiLang: PageLang }) {
  const t = uiStrings(uiLang);
  const read: PageLang = message.translation && isPageLang(message.translation.lang) ? message.translation.lang : message.lang;
  const a = uiStrings(read);
  const [chosen, setChosen] = useState<{ number: number; request: number }>();
  const note = message.status === 'degraded_fallback' ? a.degradedNote : message.status === 'clarification_needed' ? a.clarificationNote : undefined;
  const offerSwitch = !message.streaming && read !== message.askedIn && read !== uiLang;
  const textLang = message.translation ? pageLangTag(read, message.translation.from) : pageLangTag(message.lang);
  const pins = useMemo(() => mapPins(message.sources), [message.sources]);
  const anchor = useMemo(() => mapAnchor(message.anchor, message.lang), [message.anchor, message.lang]);
  const choose = useCallback((number: number) => setChosen((was) => ({ number, request: (was?.request ?? 0) + 1 })), []);

  return (
    <li className={`message message--answer${message.incomplete ? ' message--incomplete' : ''}`} aria-busy={message.streaming}>
      <p className="message-author">{t.assistant}</p>
      <div className="answer-body" lang={pageLangTag(message.lang)}>
        <div className="answer-text" lang={textLang}>
          {message.text ? <LinkedText text={message.text} newTabLabel={a.opensInNewTab} /> : <span className="typing">{a.answering}</span>}
        </div>
        {offerSwitch && <LanguageOffer lang={read} />}
        {message.incomplete && <p className="answer-note answer-note--incomplete">{a.incompleteNote}</p>}
        {note && <p className={`answer-note answer-note--${message.status}`}>{note}</p>}
        {message.notSaved && <p className="answer-note answer-note--not-saved">{a.notSavedNote}</p>}
        {message.sources.length > 0 && (
          <section className="sources">
            <h3 className="sources-heading">{a.sourcesHeading}</h3>
            {pins.length > 0 && <PlaceMap lang={message.lang} pins={pins} anchor={anchor} onSelect={choose} />}
            <ol className="source-list">
              {message.sources.map((source, i) => (
                <li key={source.id}>
                  <SourceCard source={source} number={i + 1} lang={message.lang} focusRequest={chosen?.number === i + 1 ? chosen.request : undefined} />
                </li>
              ))}
            </ol>
            <SourceCredits sources={message.sources} lang={message.lang} />
          </section>
        )}
      </div>
      {/* only a complete answer (its `done` arrived) can be rated */}
      {message.status && message.sessionId && message.messageId && <FeedbackButtons lang={uiLang} sessionId={message.sessionId} messageId={message.messageId} />}
    </li>
  );
}

/** The places that have coordinates, numbered as their cards (a place without them keeps its number in the list). */
function mapPins(sources: SourceView[]): MapPin[] {
  return sources.flatMap((source, i) =>
    source.lat !== undefined && source.lon !== undefined ? [{ number: i + 1, lat: source.lat, lon: source.lon, title: source.title }] : [],
  );
}

function mapAnchor(anchor: AnswerAnchor | undefined, lang: Lang): MapAnchor | undefined {
  if (!anchor) return undefined;
  return { lat: anchor.lat, lon: anchor.lon, label: anchor.label ?? UI_STRINGS[lang].yourLocation };
}
