import { describe, expect, it } from 'vitest';
import { safeHttpUrl, shortenUrl, splitLinks, toSpokenText } from './linked-text.tsx';

describe('splitLinks', () => {
  it('links the map address of an answer line and keeps the text around it', () => {
    const line = '   地図: https://www.openstreetmap.org/?mlat=35.6&mlon=139.7#map=18/35.6/139.7\n2. 浅間台小学校';
    expect(splitLinks(line)).toEqual([
      { text: '   地図: ' },
      { text: 'https://www.openstreetmap.org/?mlat=35.6&mlon=139.7#map=18/35.6/139.7', href: 'https://www.openstreetmap.org/?mlat=35.6&mlon=139.7#map=18/35.6/139.7' },
      { text: '\n2. 浅間台小学校' },
    ]);
  });

  it('stops at CJK brackets and trailing punctuation', () => {
    expect(splitLinks('お問い合わせ：東京都（https://www.metro.tokyo.lg.jp/）')[1]).toEqual({ text: 'https://www.metro.tokyo.lg.jp/', href: 'https://www.metro.tokyo.lg.jp/' });
    expect(splitLinks('See https://example.org/a. Then')).toEqual([{ text: 'See ' }, { text: 'https://example.org/a', href: 'https://example.org/a' }, { text: '. Then' }]);
    expect(splitLinks('Contact: Tokyo (https://www.metro.tokyo.lg.jp/)')[1]?.text).toBe('https://www.metro.tokyo.lg.jp/');
  });

  it('never links other schemes, and leaves text without addresses whole', () => {
    expect(splitLinks('javascript:alert(1) <b>x</b>')).toEqual([{ text: 'javascript:alert(1) <b>x</b>' }]);
    expect(splitLinks('')).toEqual([]);
  });
});

describe('safeHttpUrl', () => {
  it('passes http(s) and refuses the rest', () => {
    expect(safeHttpUrl('https://www.openstreetmap.org/?mlat=1')).toBe('https://www.openstreetmap.org/?mlat=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('shortenUrl', () => {
  it('shows short addresses whole and long ones as their host', () => {
    expect(shortenUrl('https://www.metro.tokyo.lg.jp/')).toBe('https://www.metro.tokyo.lg.jp/');
    expect(shortenUrl('https://www.openstreetmap.org/?mlat=35.609718&mlon=139.738189#map=18/35.609718/139.738189')).toBe('www.openstreetmap.org/…');
  });
});

describe('toSpokenText', () => {
  it('shortens long addresses as they are shown, and keeps the rest', () => {
    expect(toSpokenText('地図: https://www.openstreetmap.org/?mlat=35.609718&mlon=139.738189#map=18/35.609718/139.738189\n終わり')).toBe('地図: www.openstreetmap.org/…\n終わり');
  });
});
