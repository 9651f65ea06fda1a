import { describe, expect, it } from 'vitest';
import { sentencesToSpeak } from './answer-speech.ts';
import { speakableLine, splitSentences } from './speakable-text.ts';

const READINGS: Record<string, string> = { 城東小学校: 'ジョウトウショウガッコウ', 品川区: 'しながわく', 品川学園: 'シナガワガクエン' };
const readingOf = (name: string) => READINGS[name];

describe('speakableLine', () => {
  it('leaves out links, map lines, detail lines and sources', () => {
    expect(speakableLine('   地図: https://www.openstreetmap.org/?mlat=35.6&mlon=139.7#map=18/35.6/139.7', 'ja')).toBeUndefined();
    expect(speakableLine('   Address: 東京都中央区八重洲2-2-1', 'en')).toBeUndefined();
    expect(speakableLine('   電話: 03-3474-2727', 'ja')).toBeUndefined();
    expect(speakableLine('出典: 国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成', 'ja')).toBeUndefined();
    expect(speakableLine('Source: 「避難所、避難場所データ オープンデータ」（東京都提供）', 'en')).toBeUndefined();
    expect(speakableLine('Contact: Tokyo Metropolitan Government (https://www.metro.tokyo.lg.jp/)', 'en')).toBe('Contact: Tokyo Metropolitan Government');
    expect(speakableLine('See https://example.org', 'en')).toBe('See');
    expect(speakableLine('离大井町站最近的避难所：', 'zh-Hans')).toBe('离大井町站最近的避难所：'); // a heading, not a link's label
  });

  it('introduces list items and spells units', () => {
    expect(speakableLine('1. 都立品川特別支援学校 (約390m)', 'ja')).toBe('1つめ、都立品川特別支援学校、約390メートル');
    expect(speakableLine('2. Kyobashi Community Hall (640 m)', 'en')).toBe('Second, Kyobashi Community Hall, 640 meters');
    expect(speakableLine('3. 南品川シルバーセンター (约1.2km)', 'zh-Hans')).toBe('第3，南品川、约1.2公里');
  });

  it('reads Japanese names in English and Korean by their reading, or leaves them out', () => {
    expect(speakableLine('1. 城東小学校 (290 m)', 'en')).toBe('First, 290 meters');
    expect(speakableLine('1. Joto Elementary School (城東小学校) (290 m)', 'en', readingOf)).toBe('First, Joto Elementary School, 290 meters');
    expect(speakableLine('1. 城東小学校 (290 m)', 'en', readingOf)).toBe('First, Jotoshogakko, 290 meters');
    expect(speakableLine('品川区의 대피소입니다(195곳 중 2곳).', 'ko', readingOf)).toBe('시나가와쿠의 대피소입니다、195곳 중 2곳.');
    expect(speakableLine('2. 未知の施設', 'en', readingOf)).toBe('Second');
  });

  it('does not say a やさしい日本語 reading or gloss twice, but keeps real explanations', () => {
    expect(speakableLine('大井町えき（駅）の ちかくの ひなんじょ（避難所）です。', 'ja-easy')).toBe('大井町えきのちかくのひなんじょです。');
    expect(speakableLine('大井町えき(駅)の ちかくの ひなんじょ(避難所)です。', 'ja-easy')).toBe('大井町えきのちかくのひなんじょです。'); // after NFKC
    expect(speakableLine('1. 浅間台小学校（せんげんだいしょうがっこう） (やく 470メートル)', 'ja-easy')).toBe('1つめ、浅間台小学校、やく 470メートル');
    expect(speakableLine('あぶない ときは 119（しょうぼう・きゅうきゅうしゃ）に でんわ して ください。', 'ja-easy')).toBe(
      'あぶないときは 119、しょうぼう・きゅうきゅうしゃ、にでんわしてください。',
    );
  });
});

describe('splitSentences', () => {
  it('cuts at sentence ends but not at decimal points', () => {
    expect(splitSentences('It is 1.2 km away. Call 119. Thanks!', 100)).toEqual(['It is 1.2 km away.', 'Call 119.', 'Thanks!']);
    expect(splitSentences('近い避難所です。緊急のときは119番に電話してください。', 100)).toEqual(['近い避難所です。', '緊急のときは119番に電話してください。']);
  });

  it('cuts a long sentence at clauses, then at spaces', () => {
    const parts = splitSentences('one two three, four five six seven eight nine ten', 20);
    expect(parts[0]).toBe('one two three,');
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(20);
    expect(parts.join(' ')).toBe('one two three, four five six seven eight nine ten');
  });
});

describe('sentencesToSpeak', () => {
  it('says a whole local-engine answer as its heading, places and advice', () => {
    const answer = [
      '大井町駅から近い避難所です。',
      '1. 都立品川特別支援学校 (約390m)',
      '   住所: 東京都品川区南品川6-15-20',
      '   地図: https://www.openstreetmap.org/?mlat=35.609718&mlon=139.738189#map=18/35.609718/139.738189',
      '緊急のときは119番（消防・救急）、110番（警察）に電話してください。',
      '出典: 国土地理院「指定緊急避難場所・指定避難所データ」を加工して作成',
    ].join('\n');
    expect(sentencesToSpeak(answer, 'ja')).toEqual([
      '大井町駅から近い避難所です。',
      '1つめ、都立品川特別支援学校、約390メートル',
      '緊急のときは119番、消防・救急、110番、警察、に電話してください。',
    ]);
  });
});
