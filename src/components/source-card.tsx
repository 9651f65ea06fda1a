import { type Lang } from '../core/languages.ts';
import { fill } from '../i18n/phrasebook.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import type { SourceView } from './chat-api.ts';
import { formatDistance } from './format-distance.ts';
import { ExternalLink, safeHttpUrl } from './linked-text.tsx';

/**
 * One source of an answer: the place (address, distance, phone, map) and the attribution its licence requires
 * (CC BY 4.0: dataset, publisher, licence, and the publisher's own credit line).
 */
export function SourceCard({ source, lang }: { source: SourceView; lang: Lang }) {
  const t = UI_STRINGS[lang];
  const mapUrl = safeHttpUrl(source.mapUrl);
  const datasetUrl = safeHttpUrl(source.url);
  const tel = source.phone?.replace(/[^\d+]/g, '');
  return (
    <article className="source-card">
      <h4 className="source-title">{source.title}</h4>
      {source.officialName && (
        <p className="source-official" lang="ja">
          {source.officialName}
        </p>
      )}
      <dl className="source-facts">
        {source.address && (
          <div>
            <dt>{t.address}</dt>
            <dd>{source.address}</dd>
          </div>
        )}
        {source.distanceMeters !== undefined && (
          <div>
            <dt>{t.distance}</dt>
            <dd>{fill(t.approxDistance, { distance: formatDistance(source.distanceMeters, lang) })}</dd>
          </div>
        )}
        {source.phone && (
          <div>
            <dt>{t.phone}</dt>
            <dd>{tel ? <a href={`tel:${tel}`}>{source.phone}</a> : source.phone}</dd>
          </div>
        )}
      </dl>
      {mapUrl && (
        <ExternalLink href={mapUrl} newTabLabel={t.opensInNewTab} className="source-map">
          {t.openMap}
        </ExternalLink>
      )}
      <p className="source-attribution">
        {t.sourceLabel}:{' '}
        {datasetUrl ? (
          <ExternalLink href={datasetUrl} newTabLabel={t.opensInNewTab}>
            {source.dataset}
          </ExternalLink>
        ) : (
          source.dataset
        )}
        {' / '}
        {t.publisher}: {source.publisher}
        {' / '}
        {t.license}: {source.license}
        <br />
        {source.attribution}
      </p>
    </article>
  );
}
