import { describe, expect, it } from 'vitest';
import type { Place } from '../core/place.ts';
import { EventTitles } from './event-titles.ts';

const event = (id: string, ja: string): Place => ({ id: `e:${id}`, datasetId: 'e', category: 'event', name: { ja } }) as Place;

const titles = new EventTitles([
  event('1', '特別展 エゴン・シーレ展'),
  event('2', 'オルガン・ア・ラ・カルト(ナイト・ランチ・講座)'),
  event('3', '特別展　展覧会 岡本太郎'),
  event('4', 'TOKYO ART BOOK FAIR 2022'),
  event('5', 'TOKYO ART BOOK FAIR 2023'),
]);
const found = (text: string) => titles.find(text).map((place) => place.name.ja);

describe('EventTitles', () => {
  it('finds a title by the foreign name heard in Latin letters or Hangul, or by a part of it in kanji', () => {
    expect(found('when was the egon schiele exhibition')).toEqual(['特別展 エゴン・シーレ展']);
    expect(found('에곤 실레전 언제까지였어요?')).toEqual(['特別展 エゴン・シーレ展']);
    expect(found('东京都美术馆的岡本太郎展期间')).toEqual(['特別展　展覧会 岡本太郎']);
  });

  it("tells a yearly event's editions apart by the year said", () => {
    expect(found('도쿄 아트 북 페어 2022 언제였어요?')).toEqual(['TOKYO ART BOOK FAIR 2022']);
  });

  it('hears no name in common English words that sound like one ("could" is not カルト)', () => {
    expect(found('could you give me the full address for it')).toEqual([]);
  });
});
