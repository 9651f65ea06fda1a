import { Hono } from 'hono';
import { DomainError } from '../../core/domain-error.ts';
import { CATEGORIES, type Category, type CoverageCell } from '../../core/place.ts';
import type { CorpusIndex } from '../../retrieval/corpus-index.ts';
import type { AppEnv } from '../app-env.ts';

/** The index the answers use now (the refresh replaces it): read at each request. */
export interface CoverageRouteDeps {
  index: () => CorpusIndex;
}

/**
 * GET /api/coverage[?category=aed][&ward=豊島区]: the "what I know" table (docs/api.md): for each category and
 * municipality, the records loaded, their datasets, source page and last update, and where the refresh looked
 * and found nothing usable, why. Also the 62 municipalities (Japanese and English names) and the titles of the
 * datasets the cells name, so that a client can draw the table without another call.
 */
export function coverageRoutes(deps: CoverageRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/coverage', (c) => {
    const category = c.req.query('category');
    if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category)) throw new DomainError('invalid_request', { field: 'category' });
    const ward = c.req.query('ward');
    const index = deps.index();
    const cells = index.coverage
      .all()
      .filter((cell) => (category === undefined || cell.category === category) && (ward === undefined || cell.ward === ward))
      .sort(byCategoryThenCode);
    const datasetIds = new Set(cells.flatMap((cell) => cell.datasetIds));
    const datasets = Object.fromEntries(
      [...datasetIds].flatMap((id) => {
        const info = index.datasets.get(id);
        return info ? [[id, { title: info.title, publisher: info.publisher, sourceUrl: info.sourceUrl, license: info.license }]] : [];
      }),
    );
    const municipalities = index.corpus.gazetteer
      .filter((entry) => entry.kind === 'municipality')
      .map((entry) => ({ ward: entry.ja, en: entry.en, wardCode: index.officeOf(entry.ja)?.wardCode }))
      .sort((a, b) => (a.wardCode ?? '').localeCompare(b.wardCode ?? ''));
    return c.json({ builtAt: index.corpus.builtAt, municipalities, cells: cells.map(view), datasets });
  });
  return app;
}

function view(cell: CoverageCell) {
  return {
    category: cell.category,
    ward: cell.ward,
    wardCode: cell.wardCode,
    rows: cell.rows,
    status: cell.status ?? (cell.rows > 0 ? 'covered' : 'not_published'),
    datasetIds: cell.datasetIds,
    source: cell.source,
    updatedAt: cell.updatedAt,
    checkedAt: cell.checkedAt,
    note: cell.note,
  };
}

function byCategoryThenCode(a: CoverageCell, b: CoverageCell): number {
  const order = (category: Category) => CATEGORIES.indexOf(category);
  return order(a.category) - order(b.category) || (a.wardCode ?? '').localeCompare(b.wardCode ?? '') || a.ward.localeCompare(b.ward);
}
