import { COLUMNS } from '../columns.ts';

/**
 * Column names municipal files use instead of the standard's, by the standard name they stand for (a name
 * COLUMNS lists). Seen in Tokyo files and the converters that read them (CKAN_NOTES §5, §8); reviewed as data.
 * Spelling differences that are not renamings (full-width brackets, spaces, upper case, `※`, a qualifier in
 * brackets such as `緯度（世界測地系）`) need no entry: headerKey folds them.
 */
export const RENAMED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  名称: ['施設名称', '施設の名称', '名前', '設置施設名', '設置施設名称', '施設名等'],
  名称_カナ: ['名称_ふりがな', '名称_よみがな', '名称カナ', 'ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', '施設名称_カナ', '施設名_カナ', '施設名カナ'],
  名称_英語: ['名称_英語表記', '英語名称', '施設名_英語', 'english name', 'name (english)'],
  住所: ['所在地住所', '所在地_住所', '住所_連結表記', '設置場所住所', '施設住所'],
  方書: ['建物名', '建物名等'],
  緯度: ['latitude', 'lat', '北緯', '緯度_10進数', 'y座標_緯度'],
  経度: ['longitude', 'lon', 'lng', 'long', '東経', '経度_10進数', 'x座標_経度'],
  電話番号: ['tel', '電話', '代表電話番号', '電話番号_代表'],
  設置位置: ['設置場所', '設置箇所', 'aed設置場所'],
  URL: ['ホームページ', 'ホームページurl', 'webサイト', 'ウェブサイト', 'url_ホームページ'],
  都道府県コード又は市区町村コード: ['団体コード', '地方公共団体コード_6桁'],
};

/** How a column name is compared: NFKC, lower case, no spaces or marks, any bracket as `()` (`【備考】` as `備考`), `_` for `・`/`-`. */
export function headerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s※*\u200b\ufeff"']/g, '')
    .replace(/[[【「〔{]/g, '(')
    .replace(/[\]】」〕}]/g, ')')
    .replace(/[・･/-]/g, '_')
    .replace(/^\(([^()]*)\)$/, '$1');
}

/** `緯度(世界測地系)` → `緯度`: a trailing qualifier in brackets. */
function withoutQualifier(key: string): string | undefined {
  const stripped = key.replace(/\([^()]*\)$/, '');
  return stripped !== key && stripped !== '' ? stripped : undefined;
}

/** Folded name → the name the parsers read (every COLUMNS alias for itself, each renamed variant for its standard name). */
const CANONICAL = ((): Map<string, string> => {
  const map = new Map<string, string>();
  for (const aliases of Object.values(COLUMNS)) for (const alias of aliases) map.set(headerKey(alias), alias);
  for (const [standard, variants] of Object.entries(RENAMED_COLUMNS)) {
    for (const variant of variants) if (!map.has(headerKey(variant))) map.set(headerKey(variant), standard);
  }
  return map;
})();

/** The name the parsers read for one column name of a file, if it stands for one. */
export function canonicalColumn(name: string): string | undefined {
  const key = headerKey(name);
  const qualified = withoutQualifier(key);
  return CANONICAL.get(key) ?? (qualified === undefined ? undefined : CANONICAL.get(qualified));
}

/**
 * A file's header with every column the parsers know by another spelling or a renamed variant given its
 * standard name, so that rows are read by name whatever the publisher called or ordered the columns. A column
 * already named as the standard names it wins over a variant of the same column (the variant keeps its name).
 */
export function canonicalHeader(header: readonly string[]): string[] {
  const taken = new Set(header.map((name) => name.trim()).filter((name) => CANONICAL.get(headerKey(name)) === name));
  return header.map((raw) => {
    const name = raw.trim();
    if (taken.has(name)) return name;
    const standard = canonicalColumn(name);
    if (!standard || taken.has(standard)) return name;
    taken.add(standard);
    return standard;
  });
}

/** Whether a header cell names the place (the row a header search looks for, whatever its spelling). */
export function isNameColumn(cell: string): boolean {
  const standard = canonicalColumn(cell);
  return standard !== undefined && (COLUMNS.name as readonly string[]).includes(standard);
}
