import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../text/text-keys.ts';
import { findTopic } from './topics.ts';

const topicOf = (text: string) => findTopic(normaliseQuery(text))?.topic.id;

describe('findTopic', () => {
  it('knows each topic in six languages, colloquial and kana-only forms included', () => {
    expect(topicOf('ひなんじょ どこ')).toBe('shelter');
    expect(topicOf('避难所在哪里')).toBe('shelter');
    expect(topicOf('대피소')).toBe('shelter');
    expect(topicOf('화장실 어디예요')).toBe('toilet');
    expect(topicOf('厕所')).toBe('toilet');
    expect(topicOf('お手洗いはどこ')).toBe('toilet');
    expect(topicOf('Any restrooms?')).toBe('toilet');
    expect(topicOf('free wifi please')).toBe('wifi');
    expect(topicOf('ワイファイ')).toBe('wifi');
    expect(topicOf('어린이집')).toBe('nursery');
    expect(topicOf('ハザードマップ')).toBe('hazard_map');
    expect(topicOf('台東區的水災風險地圖')).toBe('hazard_map');
    expect(topicOf('有楽町駅 トレイ どこ')).toBe('toilet');
    expect(topicOf('八丈岛有什么好玩的')).toBe('tourism');
    expect(topicOf('현대미술관 전시')).toBe('event');
  });

  it('takes plurals and small typos in Latin words, but not other words', () => {
    expect(topicOf('libraries in Koto')).toBe('library');
    expect(topicOf('nearest sheltre')).toBe('shelter');
    expect(topicOf('toliets near me')).toBe('toilet');
    expect(topicOf('free wifii in shibuya')).toBe('wifi');
    expect(topicOf('toilett')).toBe('toilet');
    expect(topicOf('parking near Ueno')).toBeUndefined();
    expect(topicOf('even if it rains')).toBeUndefined();
  });

  it('picks the head noun when several topics are named', () => {
    expect(topicOf('公園のトイレ')).toBe('toilet');
    expect(topicOf('トイレのある公園')).toBe('park');
    expect(topicOf('toilets near the park')).toBe('toilet');
    expect(topicOf('park toilets')).toBe('toilet');
    expect(topicOf('wifi at the library')).toBe('wifi');
  });

  it('lets a broad word count only when nothing specific is named', () => {
    expect(topicOf('地震のときの避難所')).toBe('shelter');
    expect(topicOf('地震のとき どこに逃げる')).toBe('evacuation');
    expect(topicOf('evacuation site')).toBe('evacuation_site');
  });
});
