import type { Place } from '../core/place.ts';
import { ENGLISH_WORDS } from '../i18n/language-words.ts';
import { chineseToJapaneseKanji } from '../text/chinese.ts';
import { hangulSyllableLatin, kanaSoundKey, soundKey } from '../text/sound-key.ts';

/** Words many titles share (特別展, 美術館, コレクション): their pairs of characters name no event. */
const GENERIC_WORDS = ['特別展', '企画展', '展覧会', '展示', '東京都', '東京', '美術館', '博物館', '写真', '記念', '開催', 'コレクション', 'イベント', 'フェスティバル', 'ワークショップ', 'ライトアップ'];
/** Words of the places and kinds of event every question about them says: no foreign name is heard in them. */
const VENUE_WORDS: ReadonlySet<string> = new Set(['tokyo', 'metropolitan', 'museum', 'art', 'arts', 'exhibition', 'exhibitions', 'exhibit', 'gallery', 'hall', 'park', 'garden', 'center', 'centre', 'library', 'festival', 'event', 'events', 'show', 'special', 'photographic', 'photography']);
/** A sound key this short (ローマ: "rm") matches too many words. */
const MIN_SOUND = 3;
/** Pairs of a title's characters a question must share, at least, to name it by them. */
const MIN_SHARED = 2;
/** More events than this equally like the question and it names none of them. */
const MAX_EVENTS = 3;

const CJK_PAIR = /^[\p{Script=Han}\p{Script=Katakana}ー]{2}$/u;

interface EventEntry {
  place: Place;
  /** Pairs of kanji and katakana of the title, generic words left out. */
  pairs: Set<string>;
  /** Sound keys of the foreign names in the title (its katakana runs, each part between ・, its Latin words). */
  sounds: string[];
  /** Numbers in the title (2022 of "TOKYO ART BOOK FAIR 2022"): they tell a yearly event's editions apart. */
  numbers: string[];
}

/** A unit of the question for sound matching: a Latin word, or one Hangul syllable. */
interface SoundUnit {
  latin: string;
  /** It begins a word: a match starts only there. */
  start: boolean;
  /** An English word of the service's vocabulary ("could", "show"): a name heard is not only such words. */
  common: boolean;
}

/**
 * Events named by their title as people say it in another script or in part: a foreign name heard and written
 * in Latin letters or Hangul ("the Egon Schiele exhibition", 에곤 실레전, "Hockney at MOT": sound-key.ts), or a
 * part of the Japanese title in Chinese or Japanese (东京都美术馆的岡本太郎展). The best-matching events, when few.
 */
export class EventTitles {
  private readonly entries: EventEntry[];

  constructor(places: readonly Place[]) {
    this.entries = places
      .filter((place) => place.category === 'event')
      .map((place) => ({ place, pairs: titlePairs(place.name.ja), sounds: titleSounds(place.name.ja), numbers: place.name.ja.normalize('NFKC').match(/\d{2,}/g) ?? [] }))
      .filter((entry) => entry.pairs.size > 0 || entry.sounds.length > 0);
  }

  find(text: string): Place[] {
    const pairs = new Set(pairsOf(chineseToJapaneseKanji(text.normalize('NFKC')).replace(/\s+/g, '')));
    const units = soundUnits(text);
    const numbers = new Set(text.normalize('NFKC').match(/\d{2,}/g) ?? []);
    let best = 0;
    let hits: Place[] = [];
    for (const entry of this.entries) {
      let shared = 0;
      for (const pair of entry.pairs) if (pairs.has(pair)) shared += 1;
      const sound = Math.max(0, ...entry.sounds.filter((key) => saysSound(units, key)).map((key) => key.length));
      const named = (shared >= MIN_SHARED ? shared : 0) + sound;
      if (named === 0) continue;
      const score = named + entry.numbers.filter((number) => numbers.has(number)).length;
      if (score < best) continue;
      if (score > best) hits = [];
      best = score;
      hits.push(entry.place);
    }
    return hits.length > MAX_EVENTS ? [] : hits;
  }
}

function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= text.length; i += 1) {
    const pair = text.slice(i, i + 2);
    if (CJK_PAIR.test(pair)) pairs.push(pair);
  }
  return pairs;
}

function titlePairs(title: string): Set<string> {
  let compact = chineseToJapaneseKanji(title.normalize('NFKC')).replace(/\s+/g, '');
  for (const word of GENERIC_WORDS) compact = compact.replaceAll(word, '|');
  return new Set(pairsOf(compact));
}

function titleSounds(title: string): string[] {
  const text = title.normalize('NFKC');
  const keys = new Set<string>();
  for (const run of text.matchAll(/[\p{Script=Katakana}ー・]{3,}/gu)) {
    const whole = run[0].replace(/^・+|・+$/g, '');
    if (GENERIC_WORDS.includes(whole)) continue;
    for (const part of new Set([whole, ...whole.split('・')])) {
      const key = kanaSoundKey(part);
      if (key.length >= MIN_SOUND) keys.add(key);
    }
  }
  for (const run of text.matchAll(/[A-Za-z][A-Za-z'’.\- ]{2,}[A-Za-z]/g)) {
    const key = soundKey(run[0]);
    if (key.length >= MIN_SOUND) keys.add(key);
  }
  return [...keys];
}

function soundUnits(text: string): SoundUnit[] {
  const units: SoundUnit[] = [];
  for (const word of text.normalize('NFKC').matchAll(/[A-Za-z][A-Za-z'’-]*|[\p{Script=Hangul}]+/gu)) {
    if (/^[A-Za-z]/.test(word[0])) units.push({ latin: word[0], start: true, common: ENGLISH_WORDS.has(word[0].toLowerCase()) || VENUE_WORDS.has(word[0].toLowerCase()) });
    else [...word[0]].forEach((char, i) => units.push({ latin: hangulSyllableLatin(char), start: i === 0, common: false }));
  }
  return units;
}

/** Whether units from the start of a word say the sound key: Latin words whole, Hangul to any syllable (실레전). */
function saysSound(units: readonly SoundUnit[], key: string): boolean {
  for (let i = 0; i < units.length; i += 1) {
    // (a name heard begins with a word of its own: "were the Tokyo" is not アール・デコ)
    if (!(units[i] as SoundUnit).start || (units[i] as SoundUnit).common) continue;
    let said = '';
    let proper = false;
    for (let j = i; j < units.length; j += 1) {
      said += (units[j] as SoundUnit).latin;
      proper ||= !(units[j] as SoundUnit).common;
      const heard = soundKey(said);
      // ("could" sounds like カルト: a name is heard in at least one word that is not a common English one)
      if (heard === key && proper) return true;
      if (heard.length > key.length || !key.startsWith(heard)) break;
    }
  }
  return false;
}
