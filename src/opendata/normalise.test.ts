import { describe, expect, it } from 'vitest';
import { checkPhone, checkPoint, packedDmsReadings, readNumber, wardFromAddress } from './normalise.ts';

describe('checkPoint', () => {
  it('keeps a point in Tokyo as it is', () => {
    expect(checkPoint('35.68322', '139.794785')).toEqual({ lat: 35.68322, lon: 139.794785, fixes: [] });
  });

  it('swaps longitude written in the latitude column (東京都 公共施設一覧: 城北中央公園)', () => {
    expect(checkPoint('139.677579', '35.760441')).toMatchObject({ lat: 35.760441, lon: 139.677579, fixes: ['latitude and longitude swapped'] });
  });

  it('rejects a point outside Tokyo even after the swap (明治公園 at 33.59, 130.42: Fukuoka)', () => {
    expect(checkPoint('130.416439', '33.588397').rejection).toBe('coordinates outside Tokyo');
  });

  it('reads degrees-minutes-seconds packed as decimals (品川区 一時集合場所)', () => {
    expect(checkPoint('35.371269', '139.442495')).toMatchObject({ lat: 35.620192, lon: 139.740264, fixes: ['degrees-minutes-seconds written as decimals'] });
  });

  it('gives both readings of a packed point whose seconds lost their padding', () => {
    const point = checkPoint('35.372', '139.4258');
    expect(point).toMatchObject({ lat: 35.617222, lon: 139.716111 }); // 37′2″
    expect(point.alternatives).toEqual([{ lat: 35.622222, lon: 139.716111 }]); // 37′20″
  });

  it('counts stray characters around a coordinate (`35.7300684,`)', () => {
    expect(checkPoint('35.730068425530845,', '139.7080697')).toMatchObject({ lat: 35.730068, fixes: ['stray characters in a coordinate'] });
  });

  it('rejects missing and zero coordinates', () => {
    expect(checkPoint('', '139.7').rejection).toBe('no coordinates');
    expect(checkPoint('0', '0').rejection).toBe('no coordinates');
  });
});

describe('packedDmsReadings', () => {
  it('reads unpadded single-digit seconds both ways only when both are valid', () => {
    expect(packedDmsReadings('35.366').map((value) => value.toFixed(6))).toEqual(['35.601667']); // 36′6″ (60″ is no second)
    expect(packedDmsReadings('35.361').map((value) => value.toFixed(6))).toEqual(['35.600278', '35.602778']);
  });

  it('refuses minutes of 60 or more', () => {
    expect(packedDmsReadings('35.6201')).toEqual([]);
  });
});

describe('readNumber', () => {
  it('reads thousands separators as part of the number, not as stray marks', () => {
    expect(readNumber('1,075')).toEqual({ value: 1075, stray: false });
    expect(readNumber('約300人')).toEqual({ value: 300, stray: true });
  });
});

describe('checkPhone', () => {
  it('folds full-width dashes and brackets into the dialled form', () => {
    expect(checkPhone('03－3293－1711')).toEqual({ phone: '03-3293-1711', fixes: [] });
    expect(checkPhone('(03)3527-6401')).toEqual({ phone: '03-3527-6401', fixes: [] });
  });

  it('adds the 03 a special-ward number lost, and only there', () => {
    expect(checkPhone('3636-9365', '江戸川区')).toEqual({ phone: '03-3636-9365', fixes: ['phone number without its area code (03 added)'] });
    expect(checkPhone('3636-9365', '八王子市').phone).toBeUndefined();
  });

  it('drops what cannot be dialled', () => {
    expect(checkPhone('多摩')).toEqual({ fixes: ['phone number that cannot be dialled dropped'] });
  });
});

describe('wardFromAddress', () => {
  it.each([
    ['東京都江東区有明1-7-13', '江東区'],
    ['江東区清澄2-14-9', '江東区'],
    ['東京都西多摩郡日の出町大久野4100', '日の出町'],
    ['東京都八丈島八丈町中之郷2474', '八丈町'],
    ['東京都八丈島 八丈町大賀郷5627-1', '八丈町'],
    ['東京都三宅島三宅村坪田1774', '三宅村'],
    ['（大神山公園・大神山地区）東京都小笠原父島字宮之浜道', '小笠原村'],
    ['東京都東村山市諏訪町2', '東村山市'],
    ['東京都北区浮間4-29-32', '北区'],
  ])('%s → %s', (address, ward) => {
    expect(wardFromAddress(address)).toBe(ward);
  });

  it('names no municipality for a garbled address', () => {
    expect(wardFromAddress('東京都o.1（港区麻布十番1-4')).toBeUndefined();
  });
});
