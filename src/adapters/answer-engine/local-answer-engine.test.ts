import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../core/languages.ts';
import { PHRASES } from '../../i18n/phrasebook.ts';
import { retrievePlaces } from '../../pipeline/steps/retrieve.ts';
import { understandQuestion } from '../../pipeline/steps/understand.ts';
import { CorpusIndex } from '../../retrieval/corpus-index.ts';
import { TEST_CORPUS } from '../../retrieval/test-corpus.ts';
import { composeLines } from './local-answer-engine.ts';

const index = new CorpusIndex(TEST_CORPUS);
const answer = (message: string, lang: Lang, location?: { lat: number; lon: number }) => {
  const u = understandQuestion(message, index, {}, location);
  const r = retrievePlaces(index, u);
  const frame = { ...u, scope: r.scope };
  const contact = index.officeOf(frame.ward ?? r.scope?.ward ?? r.places[0]?.place.ward);
  return composeLines({ question: message, lang, status: r.status, frame, places: r.places, matchedCount: r.matched, contact, datasets: index.datasets }).join('\n');
};

describe('LocalAnswerEngine', () => {
  it('has every sentence and fact label in all six languages', () => {
    const keys = Object.keys(PHRASES.ja).sort();
    const factKeys = Object.keys(PHRASES.ja.facts).sort();
    for (const lang of LANGS) {
      expect(Object.keys(PHRASES[lang]).sort(), lang).toEqual(keys);
      expect(Object.keys(PHRASES[lang].facts).sort(), lang).toEqual(factKeys);
    }
  });

  it('names places in the asker language: English with a romanised reading, やさしい日本語 with hiragana, Korean with Hangul', () => {
    expect(answer('浅間台小学校の避難所', 'en')).toContain('Sengendai Elementary School (浅間台小学校)');
    expect(answer('浅間台小学校の避難所', 'ja-easy')).toContain('浅間台小学校（せんげんだいしょうがっこう）');
    expect(answer('浅間台小学校の避難所', 'ko')).toContain('浅間台小学校 (');
    expect(answer('大井町駅の近くの避難所', 'en')).toContain('Oimachi Station');
  });

  it('leads with the fact asked, and says only what the records hold', () => {
    expect(answer('有明西学園のAED', 'ja')).toContain('西玄関・東玄関');
    expect(answer('木場公園のWi-FiのSSIDは？', 'en')).toContain('FREE_Wi-Fi_and_TOKYO');
    const toilet = answer('大井町駅のトイレ', 'ja');
    expect(toilet).toMatch(/^大井町駅から一番近いトイレは.+です（.+へ約\d+m）。/);
    expect(toilet).not.toMatch(/https?:\/\//); // no raw links in the text: the cards carry them
    const phones = answer('品川区の避難所', 'ja').match(/0\d{1,4}-\d{1,4}-\d{4}/g) ?? [];
    for (const phone of phones) expect(TEST_CORPUS.places.some((place) => place.phone === phone)).toBe(true);
  });

  it("says it does not know, with the municipality's office as the contact when the area is known", () => {
    const none = answer('新宿区のAED', 'ja');
    expect(none).toContain('https://www.city.shinjuku.lg.jp/');
    expect(none).not.toMatch(/^\d+\. /m);
    expect(answer('What is the weather tomorrow?', 'en')).toContain('https://www.metro.tokyo.lg.jp/');
    expect(answer('Shinjuku', 'en')).toContain('What are you looking for in Shinjuku City?');
  });

  it('fills every placeholder of its sentences in all six languages (a kind asked with no area)', () => {
    for (const lang of LANGS) {
      const clarify = answer('evacuation shelter', lang);
      expect(clarify, lang).not.toMatch(/\{\w+\}/);
    }
    expect(answer('evacuation shelter', 'en')).toContain('Which area are you looking for evacuation shelters in?');
  });

  it("answers a facility's rules with the municipality's office, not with the facilities", () => {
    const rules = answer('江東区の図書館で本は何冊まで借りられる？', 'ja');
    expect(rules).toContain('https://www.city.koto.lg.jp/');
    expect(rules).not.toMatch(/^\d+\. /m);
  });

  it('says that a kind is listed by distance among those with coordinates only, when the municipality has none', () => {
    const located = { ...TEST_CORPUS.places[8], id: 'test:located-hospital', ward: '中央区', lat: 35.6672, lon: 139.777 } as (typeof TEST_CORPUS.places)[number];
    const hospitals = new CorpusIndex({ ...TEST_CORPUS, places: [...TEST_CORPUS.places, located] });
    const u = understandQuestion('nearest hospital', hospitals, {}, { lat: 35.675, lon: 139.805 });
    const r = retrievePlaces(hospitals, u);
    const lines = composeLines({ question: 'nearest hospital', lang: 'en', status: r.status, frame: { ...u, scope: r.scope }, places: r.places, matchedCount: r.matched, contact: hospitals.officeOf(r.scope?.ward), datasets: hospitals.datasets });
    expect(lines[0]).toContain('Koto City');
    expect(lines[0]).toContain('nearest of those that do');
  });

  it('answers in one to three sentences, with no list of places in the text', () => {
    for (const lang of LANGS) {
      const lines = answer('大井町駅の近くの避難所', lang).split('\n');
      expect(lines.length, lang).toBeLessThanOrEqual(3);
      expect(lines.join('\n'), lang).not.toMatch(/^\d+\. /m);
    }
  });
});
