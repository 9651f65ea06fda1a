import type { Lang } from '../../src/core/languages.ts';

/**
 * The traffic mix of the fleet's load (docs/operations.md, "Fleet"): who asks what, how. The shares are those of
 * a disaster evening as the design expects it: Japanese first, the other five languages of visitors and
 * residents; half the questions from a phone that shares its location; a fifth of them follow-ups.
 */
export const MIX = {
  /** Share of turns by channel: streamed (the page), JSON (the official app), voice (text turns on a socket). */
  channels: { sse: 0.5, json: 0.35, voice: 0.15 },
  /** Share of turns by language. */
  languages: { ja: 0.4, en: 0.2, 'zh-Hans': 0.1, 'zh-Hant': 0.08, ko: 0.1, 'ja-easy': 0.12 } satisfies Record<Lang, number>,
  /** Turns that send the phone's location. */
  withLocation: 0.5,
  /** Turns that continue an earlier session (of another instance as often as not) instead of opening one. */
  followUp: 0.2,
  /** Streamed answers' client connections kept open through the load balancer. */
  sseConnections: 1_000,
  /** Voice sockets kept open, each sending text turns (`transcript`) and reading the answer as text. */
  voiceSockets: 200,
  /** Client addresses the users come from (X-Forwarded-For), so that the per-address limit sees many people. */
  clientAddresses: 20_000,
  /** A turn with no complete answer after this long is counted as hung. */
  hangMs: 15_000,
} as const;

/** First questions per language: stations, wards, near-me, categories. */
export const QUESTIONS: Record<Lang, string[]> = {
  ja: ['大井町駅の近くの避難所は？', '品川区の避難所を教えて', '近くのAEDはどこ？', '江東区の避難場所', '新宿駅の近くのトイレ', '渋谷駅から近い避難所', '近くの無料Wi-Fiは？', '墨田区の災害拠点病院'],
  'ja-easy': ['ひなんじょ どこ', 'ちかくの ひなんじょを おしえて', 'しながわくの ひなんじょ', 'トイレは どこ'],
  en: ['Where is the nearest evacuation shelter?', 'Shelters near Shibuya station', 'Is there an AED near me?', 'Evacuation sites in Koto ward', 'Free Wi-Fi near Tokyo station'],
  'zh-Hans': ['新宿站附近的避难所在哪里', '最近的避难所在哪里？', '品川区的避难所', '附近的厕所在哪里'],
  'zh-Hant': ['新宿站附近的避難所在哪裡', '最近的避難所在哪裡？', '江東區的避難場所'],
  ko: ['品川구 대피소 어디예요', '가장 가까운 대피소는 어디예요?', '시부야역 근처 대피소', '근처 AED 어디 있어요?'],
};

/** Follow-ups per language: they lean on the session (topic, place) of the turn before. */
export const FOLLOW_UPS: Record<Lang, string[]> = {
  ja: ['その近くのAEDは？', '大崎駅の近くは？', 'もっと教えて', 'トイレは？'],
  'ja-easy': ['ほかには？', 'トイレは？'],
  en: ['What about near Osaki station?', 'And toilets?', 'Any more?'],
  'zh-Hans': ['大崎站附近呢？', '还有吗？'],
  'zh-Hant': ['大崎站附近呢？', '還有嗎？'],
  ko: ['오사키역 근처는요?', '화장실은요?'],
};

/** Points in the 23 wards, for turns that send a location. */
export const LOCATIONS = [
  { lat: 35.6074, lon: 139.7349 },
  { lat: 35.6812, lon: 139.7671 },
  { lat: 35.7101, lon: 139.8107 },
  { lat: 35.6896, lon: 139.7006 },
  { lat: 35.658, lon: 139.7016 },
  { lat: 35.6727, lon: 139.8171 },
  { lat: 35.7289, lon: 139.7101 },
  { lat: 35.7763, lon: 139.7226 },
];

/** Picks a key of `shares` with probability equal to its share. */
export function pick<K extends string>(shares: Record<K, number>, random: () => number): K {
  let left = random();
  const keys = Object.keys(shares) as K[];
  for (const key of keys) {
    left -= shares[key];
    if (left < 0) return key;
  }
  return keys[keys.length - 1] as K;
}

/** One element of a list, at random. */
export function oneOf<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}
