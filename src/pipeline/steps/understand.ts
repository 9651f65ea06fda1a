import type { ConversationContext } from '../../adapters/session-store/session.ts';
import type { GazetteerEntry } from '../../opendata/types.ts';
import { normaliseQuery } from '../../retrieval/text-keys.ts';
import { findTopic, topicById } from '../../retrieval/topics.ts';
import type { PlaceFinder } from '../../retrieval/place-finder.ts';
import type { Step } from '../step.ts';
import type { Anchor, Understanding } from '../understanding.ts';

const NEAR_WORDS =
  /(近く|ちかく|近い|ちかい|周辺|付近|最寄|もより|現在地|げんざいち|この辺|このへん|ここから|附近|最近|周边|周邊|旁边|旁邊|근처|가까운|가장 가까운|주변|near|nearest|nearby|closest|close to|around here|around me|my location)/i;
const GREETING = /^(こんにちは|こんばんは|おはよう(ございます)?|はじめまして|hello|hi|hey|good (morning|afternoon|evening)|你好|您好|안녕하세요|안녕)[!！。.、, ]*$/i;
const THANKS = /^(ありがとう(ございます|ございました)?|どうも|thanks?( you)?|thank you very much|谢谢|謝謝|多谢|감사합니다|고맙습니다)[!！。.、, ]*$/i;

/** Reads topic, places and "near me" from the question, inheriting what a follow-up leaves out. */
export function understandQuestion(
  message: string,
  finder: PlaceFinder,
  previous: ConversationContext,
  location: { lat: number; lon: number } | undefined,
): Understanding {
  const text = normaliseQuery(message);
  const found = finder.find(message);
  const topicHit = findTopic(text);
  const nearMe = NEAR_WORDS.test(text);
  const namesPlace = Boolean(found.ward || found.anchor);

  if (!topicHit && !namesPlace && GREETING.test(text)) return blank('greeting', nearMe);
  if (!topicHit && !namesPlace && THANKS.test(text)) return blank('thanks', nearMe);

  const topicId = topicHit?.topic.id ?? previous.topic;
  const anchor: Anchor | undefined = found.anchor
    ? anchorOf(found.anchor)
    : location
      ? { kind: 'user', ...location }
      : namesPlace
        ? undefined
        : previous.anchor;
  return {
    intent: topicId ? 'find' : 'unknown',
    topic: topicId,
    topicInherited: !topicHit && topicId !== undefined,
    categories: topicId ? topicById(topicId).categories : [],
    ward: found.ward?.ja ?? (namesPlace || anchor ? undefined : previous.ward),
    anchor,
    nearMe,
    residue: residueOf(text, topicHit?.keyword, [found.ward, found.anchor]),
  };
}

function blank(intent: 'greeting' | 'thanks', nearMe: boolean): Understanding {
  return { intent, topicInherited: false, categories: [], nearMe, residue: '' };
}

function anchorOf(entry: GazetteerEntry): Anchor {
  return { kind: entry.kind, lat: entry.lat, lon: entry.lon, ja: entry.ja, en: entry.en, kana: entry.kana };
}

function residueOf(text: string, keyword: string | undefined, entries: Array<GazetteerEntry | undefined>): string {
  let rest = keyword ? text.replace(keyword.toLowerCase(), ' ') : text;
  for (const entry of entries) if (entry) rest = rest.replace(entry.ja, ' ');
  return rest
    .replace(NEAR_WORDS, ' ')
    .replace(/[?？!！。、,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const understand: Step = {
  name: 'understand',
  run(ctx) {
    ctx.understanding = understandQuestion(ctx.message, ctx.deps.index.placeFinder, ctx.session.context, ctx.request.location);
  },
};
