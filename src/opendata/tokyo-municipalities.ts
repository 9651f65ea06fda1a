/**
 * The 62 municipalities (区市町村) of Tokyo with their 6-digit 全国地方公共団体コード, as in
 * data/opendata/municipalities/localgovjp-utf8.csv (a unit test keeps the two equal). Parsers use it to tell a
 * municipality named in an address from a district name, and to give every place its code.
 */
const MUNICIPALITIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['131016', '千代田区'],
  ['131024', '中央区'],
  ['131032', '港区'],
  ['131041', '新宿区'],
  ['131059', '文京区'],
  ['131067', '台東区'],
  ['131075', '墨田区'],
  ['131083', '江東区'],
  ['131091', '品川区'],
  ['131105', '目黒区'],
  ['131113', '大田区'],
  ['131121', '世田谷区'],
  ['131130', '渋谷区'],
  ['131148', '中野区'],
  ['131156', '杉並区'],
  ['131164', '豊島区'],
  ['131172', '北区'],
  ['131181', '荒川区'],
  ['131199', '板橋区'],
  ['131202', '練馬区'],
  ['131211', '足立区'],
  ['131229', '葛飾区'],
  ['131237', '江戸川区'],
  ['132012', '八王子市'],
  ['132021', '立川市'],
  ['132039', '武蔵野市'],
  ['132047', '三鷹市'],
  ['132055', '青梅市'],
  ['132063', '府中市'],
  ['132071', '昭島市'],
  ['132080', '調布市'],
  ['132098', '町田市'],
  ['132101', '小金井市'],
  ['132110', '小平市'],
  ['132128', '日野市'],
  ['132136', '東村山市'],
  ['132144', '国分寺市'],
  ['132152', '国立市'],
  ['132187', '福生市'],
  ['132195', '狛江市'],
  ['132209', '東大和市'],
  ['132217', '清瀬市'],
  ['132225', '東久留米市'],
  ['132233', '武蔵村山市'],
  ['132241', '多摩市'],
  ['132250', '稲城市'],
  ['132276', '羽村市'],
  ['132284', 'あきる野市'],
  ['132292', '西東京市'],
  ['133035', '瑞穂町'],
  ['133051', '日の出町'],
  ['133078', '檜原村'],
  ['133086', '奥多摩町'],
  ['133612', '大島町'],
  ['133621', '利島村'],
  ['133639', '新島村'],
  ['133647', '神津島村'],
  ['133817', '三宅村'],
  ['133825', '御蔵島村'],
  ['134015', '八丈町'],
  ['134023', '青ヶ島村'],
  ['134210', '小笠原村'],
];

const CODE_BY_NAME = new Map(MUNICIPALITIES.map(([code, name]) => [name, code]));
const NAME_BY_CODE = new Map(MUNICIPALITIES.map(([code, name]) => [code, name]));

/** Every municipality's 6-digit code, in the code's order (the order of 全国地方公共団体コード). */
export const MUNICIPALITY_CODES: readonly string[] = MUNICIPALITIES.map(([code]) => code);

/** Every municipality name, longest first (so 東村山市 is tried before 村山…, 八王子市 before 王子). */
export const MUNICIPALITY_NAMES: readonly string[] = [...CODE_BY_NAME.keys()].sort((a, b) => b.length - a.length);

export function isMunicipality(name: string | undefined): name is string {
  return name !== undefined && CODE_BY_NAME.has(name);
}

/** The 6-digit code of a municipality by name. */
export function codeOfMunicipality(name: string | undefined): string | undefined {
  return name === undefined ? undefined : CODE_BY_NAME.get(name);
}

/** The municipality of a code, accepting the 5-digit form without its check digit (`13108` → 江東区). */
export function municipalityOfCode(code: string | undefined): string | undefined {
  const full = fullLocalGovCode(code);
  return full === undefined ? undefined : NAME_BY_CODE.get(full);
}

/**
 * The 6-digit 全国地方公共団体コード: a 5-digit code gets its check digit (総務省's rule: weights 6,5,4,3,2,
 * remainder modulo 11, check = (11 − remainder) mod 10). Anything else that is not six digits is undefined.
 */
export function fullLocalGovCode(code: string | undefined): string | undefined {
  const digits = code?.normalize('NFKC').trim();
  if (!digits) return undefined;
  if (/^\d{6}$/.test(digits)) return digits;
  if (!/^\d{5}$/.test(digits)) return undefined;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (6 - i), 0);
  return `${digits}${(11 - (sum % 11)) % 10}`;
}
