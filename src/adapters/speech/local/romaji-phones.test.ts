import { describe, expect, it } from 'vitest';
import { romajiPhones } from './romaji-phones.ts';

describe('romajiPhones', () => {
  it('spells station and ward names the way they are said', () => {
    expect(romajiPhones('shinagawa')).toBe('SH IY N AA G AA W AA');
    expect(romajiPhones('oimachi')).toBe('OW IY M AA CH IY');
    expect(romajiPhones('shinjuku')).toBe('SH IY N JH UW K UW');
    expect(romajiPhones('ryogoku')).toBe('R Y OW G OW K UW');
    expect(romajiPhones('kinshicho')).toBe('K IY N SH IY CH OW');
  });

  it('says a doubled consonant once and a long vowel as one sound', () => {
    expect(romajiPhones('nippori')).toBe('N IY P OW R IY');
    expect(romajiPhones('hatchobori')).toBe('HH AA CH OW B OW R IY');
    expect(romajiPhones('toukyou')).toBe('T OW K Y OW');
  });

  it('keeps n before a consonant and ny before a vowel', () => {
    expect(romajiPhones('shinbashi')).toBe('SH IY N B AA SH IY');
    expect(romajiPhones('nyu')).toBe('N Y UW');
    expect(romajiPhones('hinanjo')).toBe('HH IY N AA N JH OW');
  });
});
