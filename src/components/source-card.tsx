'use client';

import { Fragment, useEffect, useRef } from 'react';
import { type Lang } from '../core/languages.ts';
import { fill } from '../i18n/phrasebook.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import type { Citation, SourceView } from './chat-api.ts';
import { formatDistance } from './format-distance.ts';
import { ExternalLink, safeHttpUrl } from './linked-text.tsx';

/** Facts the card shows from their own fields, so a fact with the same key is not shown twice. */
const OWN_FIELDS = new Set(['address', 'phone']);

interface SourceCardProps {
  source: SourceView;
  /** Its number in the list, also on its pin on the map. */
  number: number;
  /** The answer's language: the card's labels match its facts, which the server wrote in that language. */
  lang: Lang;
  /** Changes each time its pin is chosen on the map: the card then scrolls into view and takes the focus. */
  focusRequest?: number;
}

/**
 * One place of an answer, numbered as its pin: the name (with the official Japanese name beside a translation),
 * what it is, how far and which way from the anchor, then the details (address, the server's facts such as hours,
 * floor and accessibility, phone), and every dataset it comes from (linked; SourceCredits under the cards adds what
 * each licence asks to show: publisher, licence and the publisher's credit line, CC BY 4.0).
 */
export function SourceCard({ source, number, lang, focusRequest }: SourceCardProps) {
  const t = UI_STRINGS[lang];
  const card = useRef<HTMLElement>(null);
  const mapUrl = safeHttpUrl(source.mapUrl);
  const tel = source.phone?.replace(/[^\d+]/g, '');
  const facts = (source.facts ?? []).filter((fact) => !OWN_FIELDS.has(fact.key));
  const summary = [
    source.categoryLabel,
    source.distanceMeters !== undefined ? fill(t.approxDistance, { distance: formatDistance(source.distanceMeters, lang) }) : undefined,
    source.direction,
  ].filter(Boolean);

  useEffect(() => {
    if (!focusRequest) return;
    card.current?.scrollIntoView({ block: 'nearest' });
    card.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  return (
    <article ref={card} className="source-card" tabIndex={-1} data-selected={focusRequest ? true : undefined}>
      <h4 className="source-title">
        <span className="place-number" aria-hidden="true">
          {number}
        </span>
        <span className="place-name">{source.title}</span>
        {source.officialName && source.officialName !== source.title && (
          <span className="place-official">
            <span className="visually-hidden">{t.officialName}: </span>
            <span lang="ja">{source.officialName}</span>
          </span>
        )}
      </h4>
      {summary.length > 0 && (
        <p className="place-summary">
          {summary.map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <span>
                {i > 0 && '· '}
                {part}
              </span>
            </Fragment>
          ))}
        </p>
      )}
      <dl className="source-facts">
        {(source.address || mapUrl) && (
          <div>
            <dt>{t.address}</dt>
            <dd>
              {/* the address opens the place on a map: one line less than a link of its own, on every card */}
              {mapUrl ? (
                <ExternalLink href={mapUrl} newTabLabel={` ${t.openMap} ${t.opensInNewTab}`} className="source-map">
                  {source.address ?? t.openMap}
                </ExternalLink>
              ) : (
                source.address
              )}
            </dd>
          </div>
        )}
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
        {source.phone && (
          <div>
            <dt>{t.phone}</dt>
            <dd>{tel ? <a href={`tel:${tel}`}>{source.phone}</a> : source.phone}</dd>
          </div>
        )}
      </dl>
      <p className="place-sources">
        {t.sourceLabel}:{' '}
        {citationsOf(source).map((citation, i) => {
          const url = safeHttpUrl(citation.url);
          return (
            <Fragment key={i}>
              {i > 0 && ', '}
              {url ? (
                <ExternalLink href={url} newTabLabel={t.opensInNewTab}>
                  {citation.dataset}
                </ExternalLink>
              ) : (
                citation.dataset
              )}
            </Fragment>
          );
        })}
      </p>
    </article>
  );
}

/** Every dataset a card's facts come from: `citations` when the server merged records, else the source's own. */
export function citationsOf(source: SourceView): Citation[] {
  return source.citations?.length ? source.citations : [source];
}

/**
 * What the licences of an answer's datasets ask to show (dataset, publisher, licence, the publisher's credit line),
 * once per dataset under the cards, which name their datasets.
 */
export function SourceCredits({ sources, lang }: { sources: SourceView[]; lang: Lang }) {
  const t = UI_STRINGS[lang];
  const seen = new Map<string, Citation>();
  for (const citation of sources.flatMap(citationsOf)) {
    const key = [citation.dataset, citation.publisher, citation.license, citation.attribution].join('\n');
    if (!seen.has(key)) seen.set(key, citation);
  }
  return (
    <div className="source-credits">
      {[...seen.values()].map((citation, i) => (
        <p key={i} className="source-attribution">
          {citation.dataset}
          {' / '}
          {t.publisher}: {citation.publisher}
          {' / '}
          {t.license}: {citation.license}
          {' / '}
          {citation.attribution}
        </p>
      ))}
    </div>
  );
}
