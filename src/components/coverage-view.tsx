'use client';

import { type SyntheticEvent, useMemo, useState } from 'react';
import type { Lang } from '../core/languages.ts';
import type { Category } from '../core/place.ts';
import { CATEGORY_LABELS } from '../i18n/category-labels.ts';
import { fill } from '../i18n/phrasebook.ts';
import { UI_STRINGS, type UiStrings } from '../i18n/ui-strings.ts';
import { categoriesOf, type CoverageCellView, type CoverageTable, fetchCoverage } from './coverage-client.ts';

type Load = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'ready'; table: CoverageTable };

/**
 * "What I know": for a kind of place, which of the 62 municipalities the answers have data for, how many
 * records, from which source and when updated, and where the municipality publishes none. A disclosure that
 * loads the table (GET /api/coverage) when it is opened, and again on the next opening if that failed.
 */
export function CoverageView({ lang }: { lang: Lang }) {
  const t = UI_STRINGS[lang];
  const [load, setLoad] = useState<Load>({ kind: 'idle' });
  const [chosen, setChosen] = useState<Category | undefined>(undefined);

  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open || load.kind === 'loading' || load.kind === 'ready') return;
    setLoad({ kind: 'loading' });
    fetchCoverage()
      .then((table) => setLoad({ kind: 'ready', table }))
      .catch((error: unknown) => {
        console.warn('coverage table not loaded', error);
        setLoad({ kind: 'failed' });
      });
  };

  return (
    <details className="coverage" onToggle={onToggle}>
      <summary>{t.coverageTitle}</summary>
      <div className="coverage-body">
        <p>{t.coverageIntro}</p>
        {load.kind === 'loading' && <p role="status">{t.coverageLoading}</p>}
        {load.kind === 'failed' && (
          <p role="alert" className="coverage-failed">
            {t.coverageFailed}
          </p>
        )}
        {load.kind === 'ready' && <CoverageTableView lang={lang} t={t} table={load.table} chosen={chosen} onChoose={setChosen} />}
      </div>
    </details>
  );
}

function CoverageTableView({ lang, t, table, chosen, onChoose }: { lang: Lang; t: UiStrings; table: CoverageTable; chosen?: Category; onChoose: (category: Category) => void }) {
  const categories = useMemo(() => categoriesOf(table), [table]);
  const category = chosen ?? (categories.includes('aed') ? 'aed' : categories[0]);
  const cells = useMemo(() => new Map(table.cells.filter((cell) => cell.category === category).map((cell) => [cell.ward, cell])), [table, category]);
  if (!category) return null;
  const covered = [...cells.values()].filter((cell) => cell.rows > 0).length;
  const label = CATEGORY_LABELS[category][lang];
  return (
    <>
      <div className="coverage-kind">
        <label htmlFor="coverage-category">{t.coverageCategory}</label>
        <select id="coverage-category" value={category} onChange={(event) => onChoose(event.target.value as Category)}>
          {categories.map((value) => (
            <option key={value} value={value}>
              {CATEGORY_LABELS[value][lang]}
            </option>
          ))}
        </select>
      </div>
      <p role="status">{fill(t.coverageSummary, { covered })}</p>
      <div className="coverage-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
        <table className="coverage-table">
          <caption id="coverage-caption">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t.coverageMunicipality}</th>
              <th scope="col">{t.coverageRecords}</th>
              <th scope="col">{t.coverageUpdated}</th>
            </tr>
          </thead>
          <tbody>
            {table.municipalities.map((municipality) => (
              <tr key={municipality.ward}>
                <th scope="row">{lang === 'en' || lang === 'ko' ? (municipality.en ?? municipality.ward) : municipality.ward}</th>
                <td>{statusText(cells.get(municipality.ward), t)}</td>
                <td>
                  <SourceLink cell={cells.get(municipality.ward)} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function statusText(cell: CoverageCellView | undefined, t: UiStrings): string {
  if (!cell) return t.coverageNoData;
  if (cell.rows > 0) return String(cell.rows);
  return cell.status === 'rejected' ? t.coverageRejected : t.coverageNotPublished;
}

function SourceLink({ cell, t }: { cell?: CoverageCellView; t: UiStrings }) {
  if (!cell || (!cell.updatedAt && !cell.source)) return null;
  const date = cell.updatedAt?.slice(0, 10);
  return (
    <>
      {date && <time dateTime={date}>{date}</time>}
      {date && cell.source && ' '}
      {cell.source && (
        <a href={cell.source} target="_blank" rel="noopener noreferrer">
          {t.coverageSource}
          <span className="visually-hidden"> ({t.opensInNewTab})</span>
        </a>
      )}
    </>
  );
}
