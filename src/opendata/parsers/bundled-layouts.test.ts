import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvLayoutError } from '../csv.ts';
import { decodeText } from '../decode.ts';
import { RowTally } from '../tally.ts';
import type { Place } from '../../core/place.ts';
import { parseCulturalEvents } from './cultural-events.ts';
import { parseDisasterHospitals } from './disaster-hospitals.ts';
import { parseShinagawaEvacuation } from './shinagawa-evacuation.ts';
import { parseStationToilets } from './station-toilets.ts';

/** The bespoke layouts, read from the bundled publisher files themselves. */
const read = (file: string) => ({ path: file, text: decodeText(readFileSync(path.resolve(import.meta.dirname, '../../../data/opendata', file))) });

describe('東京都災害拠点病院一覧 (a table laid out for print)', () => {
  const file = read('medical/kyotenbyoinlist20220101.csv');
  const tally = new RowTally('h');
  const hospitals = parseDisasterHospitals('h', file, tally);
  const byName = (name: string) => hospitals.find((place) => place.name.ja === name) as Place;

  it('reads the 84 hospitals, carries the region down its group and stops at the 合計 row', () => {
    expect(hospitals).toHaveLength(84);
    expect(tally.report()).toMatchObject({ rows: 84, loaded: 84, rejected: 0 });
    expect(byName('三井記念病院')).toMatchObject({ ward: '千代田区', wardCode: '131016', phone: '03-3862-9111', address: '東京都千代田区神田和泉町1', details: { medicalRegion: '区中央部', beds: '482' } });
    expect(byName('日本医科大学付属病院').details).toMatchObject({ disasterRole: 'regional-core', tertiaryEmergency: 'yes' });
  });

  it('adds the second line of a two-part hospital to it (its phone column held the parts’ names)', () => {
    expect(byName('東京都立多摩・小児総合医療センター')).toMatchObject({ phone: undefined, details: { beds: '1450', bedsByPart: '多摩 889, 小児 561' } });
    expect(hospitals.reduce((sum, place) => sum + Number(place.details?.beds ?? 0), 0)).toBe(44_745);
  });

  it('refuses a table whose rows do not add up to its 合計 row (a file cut or misread)', () => {
    const cut = file.text.replace(/^.*三井記念病院.*\r?\n/m, '');
    expect(() => parseDisasterHospitals('h', { path: file.path, text: cut }, new RowTally('h'))).toThrow(CsvLayoutError);
  });
});

describe('東京都福祉局 鉄道駅の車椅子使用者対応トイレ', () => {
  const tally = new RowTally('t');
  const toilets = parseStationToilets('t', read('toilets/tmg_4_tonaitetsudoueki_barrier-free-wc.csv'), tally);
  const stations = new Set(toilets.map((place) => place.details?.station));

  it('reads longitude-first columns by name and drops the rows the publisher deleted', () => {
    const shinjuku = toilets.find((place) => place.id === 't:1-1-1');
    expect(shinjuku).toMatchObject({ lat: 35.69078, lon: 139.699413, ward: '新宿区', name: { ja: '小田急電鉄 新宿駅 多目的トイレ' } });
    expect(shinjuku?.details).toMatchObject({ floor: 'B1F', wheelchair: 'yes', ostomate: 'yes', diaperTable: 'no', hours: 'first-train–last-train', count: '2' });
    expect(tally.report().reasons['rejected: deleted by the publisher (データの削除年月)']).toBe(13);
  });

  it('spells each station one way', () => {
    expect(stations.has('市ケ谷') && !stations.has('市ヶ谷')).toBe(true);
    for (const odd of ['渋谷駅', '京王八王子西口', '東京（地下）', '千歳烏山（上り）']) expect(stations.has(odd)).toBe(false);
    expect(toilets.find((place) => place.details?.stationPart === '西口')?.details?.station).toBe('京王八王子');
    expect(toilets.some((place) => place.details?.line?.includes('12号線半蔵門線'))).toBe(false);
  });
});

describe('品川区 一時集合場所 (packed degrees-minutes-seconds)', () => {
  const tally = new RowTally('s');
  const points = parseShinagawaEvacuation('s', read('evacuation/shinagawa_131091/ittokishugobasho.csv'), tally);

  it('places every row in 品川区 or its neighbours, none in Kanagawa', () => {
    for (const place of points) {
      expect(place.lat).toBeGreaterThan(35.57);
      expect(place.lat).toBeLessThan(35.67);
      expect(place.lon).toBeGreaterThan(139.68);
      expect(place.lon).toBeLessThan(139.79);
    }
  });

  it('resolves a point that reads two ways by its district (芳水小学校 reads one way only)', () => {
    const housui = points.find((place) => place.name.ja === '芳水小学校');
    expect(housui?.lat).toBeCloseTo(35.61917, 4); // 35.379 = 35°37′9″: the other datasets put the school at 35.6192
    const hino = points.find((place) => place.name.ja === '第一日野小学校');
    expect(hino?.details?.pointSource).toBe('dms-two-readings');
    expect(tally.report().reasons['fixed: packed seconds that read two ways: chose the reading nearest its district']).toBe(45);
  });
});

describe('都立文化施設事業一覧 (past events)', () => {
  const tally = new RowTally('e');
  const events = parseCulturalEvents({ datasetId: 'e', coversUntil: '2024-03-31' }, read('events/tmg_cultural_facilities_events_R4_R5_derived.csv'), tally, {
    now: new Date('2026-11-29T00:00:00Z'),
  });

  it('marks every event past on the build date, dated or not', () => {
    expect(events.every((place) => place.details?.status === 'past')).toBe(true);
    expect(events.find((place) => place.name.ja === '蜷川実花展')?.details).toMatchObject({ startDate: '2022-06-25', endDate: '2022-09-04', venue: '東京都庭園美術館' });
  });

  it('keeps a programme both years list without dates once', () => {
    expect(events.filter((place) => place.name.ja === '東京演劇道場')).toHaveLength(1);
    expect(tally.report().reasons['rejected: the same undated programme listed again for the next year (kept the later row)']).toBe(15);
  });

  it('would call an event upcoming before it starts', () => {
    const early = parseCulturalEvents({ datasetId: 'e', coversUntil: '2024-03-31' }, read('events/tmg_cultural_facilities_events_R4_R5_derived.csv'), new RowTally('e'), {
      now: new Date('2022-01-01T00:00:00Z'),
    });
    expect(early.find((place) => place.name.ja === '蜷川実花展')?.details?.status).toBe('upcoming');
  });
});
