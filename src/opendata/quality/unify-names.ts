import type { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';

/**
 * The spelling differences that do not make another name: spaces (a cell's line break), middle dots, the
 * long-vowel mark (コミュニティーセンター / コミュニティセンター), ヶ/ケ, and 高等学校 shortened to 高校.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s・･]/g, '')
    .replace(/ー/g, '')
    .replace(/[ヶケヵ]/g, 'ケ')
    .replace(/高等学校/g, '高校');
}

/**
 * One facility spelled two ways in one dataset (東京都防災マップ: 三宅村コミュニティーセンター as a 避難所 and
 * 三宅村コミュニティセンター as a 避難場所; 八丈高等学校 and 八丈高校) gets one spelling: the one most rows
 * use, else the longer (the unabridged) one. Rows count as one facility when the dataset, the municipality
 * and the folded name are the same.
 */
export function unifyNames(places: readonly Place[], tallyOf: (datasetId: string) => RowTally): void {
  const groups = new Map<string, Place[]>();
  for (const place of places) {
    const key = `${place.datasetId}|${place.ward ?? ''}|${foldName(place.name.ja)}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  for (const group of groups.values()) {
    const counts = new Map<string, number>();
    for (const place of group) counts.set(place.name.ja, (counts.get(place.name.ja) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [chosen] = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    if (!chosen) continue;
    for (const place of group) {
      if (place.name.ja === chosen[0]) continue;
      tallyOf(place.datasetId).amend(place.id, 'one name spelled two ways in the dataset (spelling unified)');
      place.name.ja = chosen[0];
    }
  }
}
