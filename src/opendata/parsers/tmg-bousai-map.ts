import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { checkPoint, cleanText, fullAddress, wardFromAddress } from '../normalise.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../types.ts';

/**
 * 東京都防災マップ 避難所・避難場所一覧 (t000003d0000000093): `<避難所|避難場所>_名称, 地方公共団体コード,
 * 都道府県, 指定区市町村名, 住所, 緯度, 経度`. Wide-area 避難場所 designated by 東京都 carry code 130001 and no
 * municipality: it is read from the address.
 */
export function parseTmgBousaiMap(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const rows = parseCsv(file.text);
  const nameColumn = Object.keys(rows[0] ?? {}).find((column) => column.endsWith('_名称'));
  const category: Category = nameColumn?.startsWith('避難所') ? 'shelter' : 'evacuation_site';
  const places: Place[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    tally.seen();
    const name = cleanText(nameColumn ? row[nameColumn] : undefined);
    if (!name) return tally.reject('no name');
    const point = checkPoint(row['緯度'], row['経度']);
    if (point.rejection) return tally.reject(point.rejection);
    const ward = cleanText(row['指定区市町村名']) ?? wardFromAddress(cleanText(row['住所']));
    const address = fullAddress(cleanText(row['住所']), ward);
    const key = `${name}|${address ?? ''}|${point.lat}|${point.lon}`;
    if (seen.has(key)) return tally.reject('duplicate row');
    seen.add(key);
    const code = cleanText(row['地方公共団体コード']);
    places.push({
      id: `${datasetId}:${category}:${index + 1}`,
      category,
      name: { ja: name },
      address,
      lat: point.lat,
      lon: point.lon,
      ward,
      wardCode: code && code !== '130001' ? code : undefined,
      datasetId,
    });
    tally.keep(point.fixes);
  });
  return places;
}
