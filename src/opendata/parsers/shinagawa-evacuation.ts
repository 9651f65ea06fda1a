import { parseCsv } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { checkPoint, cleanPhone, cleanText, fullAddress } from '../normalise.ts';
import type { RowTally } from '../tally.ts';
import type { Category, Place } from '../types.ts';

const CATEGORY: Record<string, Category> = {
  避難所: 'shelter',
  広域避難場所: 'evacuation_site',
  一時集合場所: 'assembly_point',
};

/**
 * 品川区 避難所・広域避難場所 (hinanjo.csv) and 一時集合場所 (ittokishugobasho.csv), 27 shared columns with
 * English names. The 一時集合場所 file packs degrees-minutes-seconds into decimals (PROVENANCE §3).
 */
export function parseShinagawaEvacuation(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const packedDms = file.path.includes('ittokishugobasho');
  const places: Place[] = [];
  parseCsv(file.text).forEach((row, index) => {
    tally.seen();
    const name = cleanText(row['施設名']);
    if (!name) return tally.reject('no name');
    const category = CATEGORY[cleanText(row['カテゴリ']) ?? ''];
    if (!category) return tally.reject('unknown category');
    const point = checkPoint(row['緯度'], row['経度'], { packedDms });
    if (point.rejection) return tally.reject(point.rejection);
    const district = cleanText(row['対象地区']);
    places.push({
      id: `${datasetId}:${packedDms ? 'ittoki' : 'hinanjo'}:${index + 1}`,
      category,
      name: { ja: name, en: cleanText(row['施設名(英語)']), kana: undefined },
      address: fullAddress(cleanText(row['住所']), '品川区'),
      lat: point.lat,
      lon: point.lon,
      phone: cleanPhone(row['電話番号']),
      ward: '品川区',
      wardCode: '131091',
      datasetId,
      details: district ? { district } : undefined,
    });
    tally.keep(point.fixes);
  });
  return places;
}
