import { toRomaji } from 'wanakana';
import type { GazetteerEntry } from '../../../core/place.ts';

/** What people ask the concierge in English: the language model of the offline recogniser is built from these. */
const TOPIC_TEMPLATES = [
  'where is the nearest {topic}',
  "where's the nearest {topic}",
  'where is {a} {topic} near me',
  'is there {a} {topic} near here',
  'i need {a} {topic}',
  "i'm looking for {a} {topic}",
  'where can i find {a} {topic}',
  'show me the nearest {topic}',
  'find {a} {topic} near me',
  'nearest {topic}',
  'can you tell me where the nearest {topic} is',
  'how do i get to the nearest {topic}',
  'how about {topic}',
  'what about {topic}',
];

const PLACE_TEMPLATES = [
  'where is the nearest {topic} to {station} station',
  'is there {a} {topic} near {station} station',
  '{topic} near {station} station',
  '{topic} near {station}',
  'where is {a} {topic} near {station}',
  'what about near {station} station',
  'and near {station}',
];

const WARD_TEMPLATES = ['{topic} in {ward}', 'show me {topic} in {ward} city', 'where are the {topic} in {ward} ward', 'what about in {ward}', 'is there {a} {topic} in {ward}'];

/** Conversation around the questions: greetings, thanks, and what people ask that the data cannot answer. */
const SMALL_TALK = [
  'hello', 'hi', 'good morning', 'good afternoon', 'good evening', 'thank you', 'thanks', 'thank you very much', 'yes', 'no',
  'what can you do', 'help', 'help me please', 'please repeat that', 'say that again', 'stop', 'goodbye',
  'what is the weather tomorrow', 'what time is it', 'where am i', 'i am lost', 'there was an earthquake', 'is it safe',
  'call an ambulance', 'where is the station', 'how do i get to tokyo station', 'where can i charge my phone',
];

export interface EnglishQuestions {
  /** Example sentences, as words. */
  sentences: string[][];
  /** Words the CMU dictionary may lack, with their romaji (station and ward names): said as romaji. */
  romajiWords: Set<string>;
}

/**
 * Sentences for the recogniser's language model: every English topic word in every template, and every station and
 * municipality in a few templates (a rotating topic each), so that names are likely after "near" and "in". Words
 * are lower case, as in the CMU dictionary; names are one word each (Oimachi, Shinjukusanchome).
 */
export function buildEnglishQuestions(topicPhrases: readonly string[], gazetteer: readonly GazetteerEntry[]): EnglishQuestions {
  const topics = [...new Set(topicPhrases.map(cleanPhrase).filter((phrase) => phrase.length >= 2))];
  const stations = uniqueNames(gazetteer.filter((entry) => entry.kind === 'station'));
  const wards = uniqueNames(gazetteer.filter((entry) => entry.kind === 'municipality'), /(く|し|まち|ちょう|むら|そん)$/);
  const sentences: string[][] = [];
  const add = (template: string, values: Record<string, string>) => {
    const topic = values.topic ?? '';
    const text = template.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'a' ? articleFor(topic) : (values[key] ?? '')));
    sentences.push(text.split(/\s+/).filter(Boolean));
  };
  for (const topic of topics) for (const template of TOPIC_TEMPLATES) add(template, { topic });
  stations.forEach((station, i) => {
    PLACE_TEMPLATES.forEach((template, j) => add(template, { station, topic: topics[(i * PLACE_TEMPLATES.length + j) % topics.length] ?? 'shelter' }));
  });
  wards.forEach((ward, i) => {
    WARD_TEMPLATES.forEach((template, j) => add(template, { ward, topic: topics[(i * WARD_TEMPLATES.length + j) % topics.length] ?? 'shelter' }));
  });
  for (const line of SMALL_TALK) sentences.push(line.split(' '));
  return { sentences, romajiWords: new Set([...stations, ...wards]) };
}

/** One lower-case word per name, from the reading: オオイマチ → oimachi (long vowels folded, as people spell them). */
function uniqueNames(entries: readonly GazetteerEntry[], suffix?: RegExp): string[] {
  const names = new Set<string>();
  for (const entry of entries) {
    if (!entry.kana) continue;
    const kana = suffix ? entry.kana.replace(/\s/g, '').replace(suffix, '') : entry.kana;
    const word = toRomaji(kana).toLowerCase().replace(/[^a-z]/g, '').replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u');
    if (word.length >= 3) names.add(word);
  }
  return [...names];
}

/** "evacuation center" stays; "wi-fi" becomes "wifi"; apostrophes kept (children's, as in the CMU dictionary). */
function cleanPhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/wi-?fi|wi fi/g, 'wifi')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function articleFor(topic: string): string {
  return /^(?:[aeio]|u(?!s)|aed|hour)/.test(topic) ? 'an' : 'a';
}
