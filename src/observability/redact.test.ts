import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from './redact.ts';

describe('redactPersonalData', () => {
  it.each([
    ['phone, Japanese, dashes', '電話番号は090-1234-5678です', '電話番号は[phone]です', 'phone'],
    ['phone, Japanese, full-width digits and dashes', '０９０－１２３４－５６７８に電話して', '[phone]に電話して', 'phone'],
    ['phone, Japanese, long-vowel mark as dash', '03ー1234ー5678まで', '[phone]まで', 'phone'],
    ['phone, English, brackets', 'call me on (03) 1234 5678 please', 'call me on [phone] please', 'phone'],
    ['phone, international', 'my number is +81 90 1234 5678', 'my number is [phone]', 'phone'],
    ['e-mail, English', 'write to taro.yamada+test@example.co.jp today', 'write to [email] today', 'email'],
    ['e-mail, full-width at sign', 'メールはｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍです', 'メールは[email]です', 'email'],
    ['My Number, Japanese', '私のマイナンバーは1234 5678 9012です', '私のマイナンバーは[my-number]です', 'my-number'],
    ['My Number, full-width', 'マイナンバー：１２３４５６７８９０１２', 'マイナンバー:[my-number]', 'my-number'],
    ['card number, English', 'card 4111 1111 1111 1111 exp 12/30', 'card [card-number] exp 12/30', 'card-number'],
    ['card number, full-width dashes', 'カード４１１１－１１１１－１１１１－１１１１', 'カード[card-number]', 'card-number'],
    ['address, Japanese chome-ban-go', '自宅は新宿区西新宿2丁目8番1号です', '自宅は新宿区西新宿[address]です', 'address'],
    ['address, Japanese dashes after the town', '住所は東京都品川区広町２－１－３６です', '住所は東京都品川区広町[address]です', 'address'],
    ['address, Japanese banchi', '八丈町大賀郷2345番地に住んでいます', '八丈町大賀郷[address]に住んでいます', 'address'],
    ['address, English chome numbers before the town', 'I live at 2-8-1 Nishi-Shinjuku, Shinjuku-ku', 'I live at [address] Nishi-Shinjuku, Shinjuku-ku', 'address'],
    ['address, English street', 'my hotel is at 221B Baker Street in London', 'my hotel is at [address] in London', 'address'],
  ])('%s', (_name, input, expected, kind) => {
    const found = findPersonalData(input);
    expect(found.text).toBe(expected);
    expect(found.kinds).toContain(kind);
  });

  it('leaves what is not personal data as it is', () => {
    const text = '品川駅の近くの避難所は？ 3つ教えて。 119番、#7119、2026-11-29T03:00:00Z、192.168.10.200、35.6812, 139.7671';
    expect(redactPersonalData(text)).toBe(text.normalize('NFKC'));
    expect(findPersonalData('Where is the nearest AED to Shinagawa Station?').kinds).toEqual([]);
  });

  it('leaves the digit groups of ids alone', () => {
    for (const id of ['c8d4eaae-8010-4423-9304-2e6af8cc4f7f', '7ce1e4f2-0440-4564-9718-67d3f5777ef2', 'AIzaSy0901234567890123']) expect(redactPersonalData(id)).toBe(id);
  });

  it('redacts several kinds at once and names each', () => {
    const found = findPersonalData('I am Taro, taro@example.com, 080-9876-5432, living at 1-2-3 Ginza');
    expect(found.text).toBe('I am Taro, [email], [phone], living at [address] Ginza');
    expect(found.kinds.sort()).toEqual(['address', 'email', 'phone']);
  });
});
