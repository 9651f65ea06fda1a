import { COLUMNS } from '../columns.ts';
import { parseCsv } from '../csv.ts';
import type { ParseContext, SourceFile } from '../dataset-spec.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';
import { addDetails, readStandardRow } from './standard-row.ts';

export interface EventOptions {
  datasetId: string;
  /** The last day the dataset covers (`2024-03-31` for 令和5年度), for events the data gives no dates. */
  coversUntil: string;
}

/**
 * 都立文化施設事業一覧 (推奨データセット イベント columns, two fiscal years merged). Every event gets `status`
 * (`past`, `ongoing` or `upcoming` on the build date); an event without dates is past once the dataset's period
 * is over. A programme without dates that both years list (same name, same venue) is kept once, as the later
 * year's row.
 */
export function parseCulturalEvents(options: EventOptions, file: SourceFile, tally: RowTally, context: ParseContext): Place[] {
  const ids = new PlaceIds(options.datasetId);
  const today = context.now.toISOString().slice(0, 10);
  const places: Place[] = [];
  const undated = new Map<string, number>();
  for (const row of parseCsv(file.text, COLUMNS.name)) {
    tally.seen();
    const result = readStandardRow(row, 'event', {
      datasetId: options.datasetId,
      ids,
      details: ['startDate', 'endDate', 'venue', 'description', 'access', 'note'],
    });
    if ('rejection' in result) {
      tally.reject(result.rejection);
      continue;
    }
    const { place, fixes } = result;
    const start = place.details?.startDate;
    const end = place.details?.endDate ?? start;
    addDetails(place, { status: eventStatus(start, end ?? options.coversUntil, today) });
    if (!start) {
      const key = `${place.name.ja}|${place.details?.venue ?? ''}`;
      const earlier = undated.get(key);
      if (earlier !== undefined) {
        const [dropped] = places.splice(earlier, 1, place);
        if (dropped) tally.drop(dropped.id, 'the same undated programme listed again for the next year (kept the later row)');
        tally.keep(fixes, place.id);
        continue;
      }
      undated.set(key, places.length);
    }
    places.push(place);
    tally.keep(fixes, place.id);
  }
  return places;
}

function eventStatus(start: string | undefined, end: string, today: string): 'past' | 'ongoing' | 'upcoming' {
  if (end < today) return 'past';
  return start && start > today ? 'upcoming' : 'ongoing';
}
