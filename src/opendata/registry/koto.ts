import { CC_BY_4, type DatasetSpec } from '../dataset-spec.ts';
import type { StandardDetailKey } from '../details.ts';
import { createStandardParser } from '../parsers/standard-dataset.ts';
import type { Category } from '../../core/place.ts';
import { CATALOG, PROCESSED } from './catalog.ts';

export interface KotoDataset {
  id: string;
  /** The dataset as 江東区 titles it, and in English. */
  title: { ja: string; en: string };
  category: Category;
  /** The bundled file under data/opendata. */
  file: string;
  /** Its catalogue dataset and the pattern of its file among the dataset's resources. */
  packageId: string;
  pattern: RegExp;
  /** The details to keep (every standard detail when absent). */
  details?: readonly StandardDetailKey[];
}

/** One 江東区 file in a standard layout (推奨データセット or 自治体標準), read by the standard parser. */
export function kotoDataset(dataset: KotoDataset): DatasetSpec {
  return {
    info: {
      id: dataset.id,
      title: dataset.title,
      publisher: { ja: '江東区', en: 'Koto City' },
      ...CC_BY_4,
      sourceUrl: `${CATALOG}${dataset.packageId}`,
      attribution: `「${dataset.title.ja}」（江東区）${PROCESSED}`,
    },
    sources: [dataset.file],
    encoding: 'auto',
    parse: createStandardParser({ datasetId: dataset.id, category: dataset.category, ward: '江東区', details: dataset.details }),
    catalog: [{ source: dataset.file, packageId: dataset.packageId, format: 'CSV', pattern: dataset.pattern }],
  };
}
