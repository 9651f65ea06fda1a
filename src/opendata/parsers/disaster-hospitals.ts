import { CsvLayoutError, parseCsvRecords } from '../csv.ts';
import type { SourceFile } from '../dataset-spec.ts';
import { readCount, readFlag, type Details } from '../details.ts';
import { checkPhone, cleanText, fullAddress, wardFromAddress } from '../normalise.ts';
import { PlaceIds } from '../place-id.ts';
import type { RowTally } from '../tally.ts';
import { codeOfMunicipality } from '../tokyo-municipalities.ts';
import type { Place } from '../../core/place.ts';

const ROLE: Record<string, string> = { '★': 'wide-area-core', '☆': 'regional-core' };

/**
 * 東京都災害拠点病院一覧, a table laid out for print: title and date rows, a header (`二次保健医療圏, <mark>, 施設名,
 * 所在地, 電話番号, 病床数, 三次救急`), the region cell filled only on the first row of each region, a 合計 row
 * and a footnote. The file has no coordinates: hospitals are kept with address and phone (the corpus may place
 * them by address later, see locate-by-address.ts). The 合計 row is checked against the rows read.
 */
export function parseDisasterHospitals(datasetId: string, file: SourceFile, tally: RowTally): Place[] {
  const records = parseCsvRecords(file.text);
  const headerIndex = records.findIndex((record) => record.includes('施設名'));
  const header = records[headerIndex];
  if (!header) throw new CsvLayoutError('no header row with 施設名');
  const column = (name: string) => header.findIndex((cell) => cell.replace(/\s/g, '') === name);
  const at = { region: column('二次保健医療圏'), name: column('施設名'), address: column('所在地'), phone: column('電話番号'), beds: column('病床数'), tertiary: column('三次救急') };
  const mark = at.name - 1; // the unnamed column before 施設名 holds ★/☆
  const ids = new PlaceIds(datasetId);
  const places: Place[] = [];
  let region: string | undefined;
  let totalBeds = 0;
  for (const record of records.slice(headerIndex + 1)) {
    const cell = (index: number) => (index >= 0 ? cleanText(record[index]) : undefined);
    const first = cell(0);
    if (first === '合計') {
      checkTotals(cell(at.name), cell(at.beds), places.length, totalBeds);
      break;
    }
    const name = cell(at.name);
    const previous = places.at(-1);
    if (!name && previous && readCount(cell(at.beds)) !== undefined) {
      addBedsLine(previous, cell(at.phone), readCount(cell(at.beds)) ?? 0);
      totalBeds += readCount(cell(at.beds)) ?? 0;
      continue;
    }
    if (!name) continue; // footnote or empty line: layout, not a hospital
    tally.seen();
    region = first ?? region; // filled on the first row of each region only
    const rawAddress = cell(at.address);
    const ward = wardFromAddress(rawAddress);
    const phone = checkPhone(cell(at.phone), ward);
    const beds = readCount(cell(at.beds));
    const details: Details = {};
    if (region) details.medicalRegion = region;
    const role = ROLE[cell(mark) ?? ''];
    if (role) details.disasterRole = role;
    if (beds !== undefined) details.beds = String(beds);
    const label = cell(at.phone);
    if (beds !== undefined && label && !phone.phone) details.bedsByPart = `${label} ${beds}`;
    if (readFlag(cell(at.tertiary)) === 'yes') details.tertiaryEmergency = 'yes';
    const address = fullAddress(rawAddress, ward);
    const place: Place = {
      id: ids.next(undefined, name),
      category: 'hospital',
      name: { ja: name },
      address,
      phone: phone.phone,
      ward,
      wardCode: codeOfMunicipality(ward),
      datasetId,
      details,
    };
    totalBeds += beds ?? 0;
    places.push(place);
    tally.keep(phone.fixes, place.id);
  }
  return places;
}

/**
 * A hospital of two parts prints its beds on two lines, the part's name in the phone column
 * (`東京都立多摩・小児総合医療センター`: 多摩 889, then a line with only 小児 561): the second line adds to the first.
 */
function addBedsLine(hospital: Place, label: string | undefined, beds: number): void {
  const details = hospital.details ?? {};
  details.beds = String(Number(details.beds ?? 0) + beds);
  if (label) details.bedsByPart = [details.bedsByPart, `${label} ${beds}`].filter(Boolean).join(', ');
  hospital.details = details;
}

/** The 合計 row says how many hospitals and beds the table holds: a file that disagrees is cut or misread. */
function checkTotals(facilities: string | undefined, beds: string | undefined, rowCount: number, bedCount: number): void {
  const expectedRows = readCount(facilities);
  const expectedBeds = readCount(beds);
  if (expectedRows !== undefined && expectedRows !== rowCount) {
    throw new CsvLayoutError(`合計 says ${expectedRows} hospitals but ${rowCount} rows were read`);
  }
  if (expectedBeds !== undefined && expectedBeds !== bedCount) {
    throw new CsvLayoutError(`合計 says ${expectedBeds} beds but the rows add up to ${bedCount}`);
  }
}
