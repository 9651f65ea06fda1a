import { describe, expect, it } from 'vitest';
import { splitFirstClause } from './first-clause.ts';

describe('splitFirstClause', () => {
  it('cuts a Japanese sentence after から or its first comma, when both pieces are worth saying apart', () => {
    expect(splitFirstClause('品川駅から300メートルの避難所です。', 'ja', 4)).toEqual(['品川駅から', '300メートルの避難所です。']);
    expect(splitFirstClause('現在地から近い避難所です。', 'ja', 4)).toEqual(['現在地から', '近い避難所です。']);
    expect(splitFirstClause('申し訳ありません、その質問に答えられる公式データがありません。', 'ja', 4)).toEqual(['申し訳ありません、', 'その質問に答えられる公式データがありません。']);
    expect(splitFirstClause('げんざいちから ちかい ひなんじょです。', 'ja-easy', 4)).toEqual(['げんざいちから', 'ちかい ひなんじょです。']);
  });

  it('keeps a sentence whole when a piece would be too short, or there is no place to cut', () => {
    expect(splitFirstClause('駅から近いです。', 'ja', 4)).toEqual(['駅から近いです。']);
    expect(splitFirstClause('申し訳ありません。', 'ja', 4)).toEqual(['申し訳ありません。']);
    expect(splitFirstClause('离五反田站最近的避难所：', 'zh-Hans', 4)).toEqual(['离五反田站最近的避难所：']);
  });

  it('cuts other languages at a comma only, counting Latin letters lighter than kana', () => {
    expect(splitFirstClause('If you are in an emergency, call 119 for fire and ambulance.', 'en', 4)).toEqual(['If you are in an emergency,', 'call 119 for fire and ambulance.']);
    expect(splitFirstClause('Hi, call 119.', 'en', 4)).toEqual(['Hi, call 119.']);
    expect(splitFirstClause('Karaoke near Shibuya station', 'en', 4)).toEqual(['Karaoke near Shibuya station']);
    expect(splitFirstClause('第1，南品川地区体育馆，距离约1.2公里', 'zh-Hans', 4)).toEqual(['第1，南品川地区体育馆，', '距离约1.2公里']);
  });
});
