import type { Anchor } from '../../core/question-frame.ts';
import type { Place } from '../../core/place.ts';
import { haversineMeters } from '../../geo/geo.ts';
import { chineseToJapaneseKanji } from '../../text/chinese.ts';
import { latinNameOf } from '../../text/english-names.ts';
import { romajiKey } from '../../text/text-keys.ts';
import { endsWord, startsWord, TOPIC_WORDS, type NamedHit } from '../../retrieval/name-index.ts';
import { questionForms, readingOfName } from '../../retrieval/name-match.ts';
import { toHiragana } from '../../text/kana.ts';
import { GLOSSARY } from '../../retrieval/name-glossary.ts';
import type { AnchorEntry, FoundPlaces, PlaceFinder } from '../../retrieval/place-finder.ts';

/** A facility named right after a station or landmark is that place's only when it lies this close to it. */
const GLUED_NEAR_METERS = 3_000;

/**
 * Characters Chinese (and sometimes Japanese) writes just before a name, never part of one: a verb, a
 * preposition, a question word (请问上智大学, 可以去明治大学, 离东京站). A name after one of these is not glued.
 */
const LEAD_IN = new Set([...'问問去在到的是找从從往离離近和与與及跟给給请請么麼吗嗎呢有想要个個那这這家叫']);

/** Words only a Chinese sentence has (Japanese writes none of them on their own). */
const CHINESE_SENTENCE = /[的吗嗎呢么麼请請您你我这這没沒]|哪里|哪裡|怎么|怎麼|什么|什麼/;

/** What understanding needs from the index: the place finder and the facility-name dictionary. */
export interface PlaceLookup {
  placeFinder: PlaceFinder;
  /** Towns no station is named after, for a question that names no other place. */
  townFinder: PlaceFinder;
  places: ReadonlyMap<string, Place>;
  /** Events by their title said in another script or in part (event-titles.ts). */
  eventTitles: { find(text: string): Place[] };
  /** Names said in translation (cross-lingual-names.ts). */
  crossLingual: { find(text: string): NamedHit[] };
  findNamed(text: string): NamedHit[];
  /** The municipal office of a municipality. */
  officeOf(ward: string | undefined): Place | undefined;
  /** The medical regions the hospital data names (区東部, 北多摩南部). */
  medicalRegions: readonly string[];
  /** Shelters and assembly points by the districts and associations they serve. */
  servedAreas: { find(question: string, wanted: ReadonlySet<string>): { places: Place[]; area?: string } };
}

/**
 * Facility names and place names, found together: a facility whose name holds a station's (品川学園, 新宿中央公園)
 * is the facility; a name that is only a station or a ward (新宿駅, 品川区) is the place.
 */
export function findPlaces(message: string, index: PlaceLookup, preferStation: boolean): { found: FoundPlaces; named: NamedHit[]; shadowed: NamedHit[] } {
  const first = index.placeFinder.find(message, { preferStation });
  const text = message.normalize('NFKC');
  const hits = namedIn(message, index).filter((hit) => !gluedToOtherPlace(text, hit, first));
  // A name inside a station's or ward's name is that place (新宿駅); a landmark's namesakes stay (木場公園のWi-Fi).
  const landmark = first.anchor?.kind === 'landmark' ? first.anchor.ja : undefined;
  const inside = (hit: NamedHit) => hit.start >= 0 && hit.place.name.ja !== landmark && first.spans.some(([s, e]) => s <= hit.start && e >= hit.end);
  const exact = hits.filter((hit) => !inside(hit));
  // a name read in kana inside a longer name said with a part left out (ちゅうおう としょかん in とうきょうと
  // ちゅうおう としょかん, 東京都立中央図書館): the longer one
  const inKana = exact.length > 0 && exact.every((hit) => hit.start >= 0 && /^[\p{Script=Hiragana}ー\s]+$/u.test(text.slice(hit.start, hit.end)));
  const longer = inKana ? gapNameHits(message, index).filter((gap) => exact.some((hit) => gap.start <= hit.start && gap.end >= hit.end && gap.end - gap.start > hit.end - hit.start)) : [];
  const named = longer.length > 0 ? longer : exact;
  // the facilities a station's name hides, the same name exactly (豊島園 the park, 豊島園 the station): a fact asked
  // of that name is the facility's ("豊島園 じゅうしょ")
  const shadowed = hits.filter((hit) => inside(hit) && first.spans.some(([s, e]) => s === hit.start && e === hit.end));
  // a name with its first part in kana (かめいど図書館): read with the station's or municipality's kanji
  if (named.length === 0) {
    const kanaHits = namedWithKanaPart(text, index, first);
    if (kanaHits.length > 0) return { found: index.placeFinder.find(blank(text, kanaHits), { preferStation }), named: kanaHits, shadowed };
  }
  const covering = named.filter((hit) => hit.start >= 0 && hit.place.name.ja !== landmark && first.spans.some(([s, e]) => hit.start <= s && hit.end >= e));
  if (covering.length === 0) return { found: first, named, shadowed };
  return { found: index.placeFinder.find(blank(message.normalize('NFKC'), covering), { preferStation }), named, shadowed };
}

/**
 * Names whose first part was written in kana and the rest in kanji (かめいど図書館 for 亀戸図書館): the kana part is
 * a station's or municipality's name found, replaced by its kanji, and the name searched for again. The hits stand
 * where the question wrote the name.
 */
function namedWithKanaPart(text: string, index: PlaceLookup, found: FoundPlaces): NamedHit[] {
  for (const [start, end] of found.spans) {
    if (!/^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(text.slice(start, end)) || !/^\p{Script=Han}/u.test(text.slice(end))) continue;
    for (const entry of [found.anchor, found.ward]) {
      const kanji = entry?.ja.replace(/(駅|区|市|町|村)$/, '');
      if (!kanji) continue;
      const shift = kanji.length - (end - start);
      const rewritten = text.slice(0, start) + kanji + text.slice(end);
      const hits = index.findNamed(rewritten).filter((hit) => hit.start === start && hit.end > start + kanji.length);
      if (hits.length > 0) return hits.map((hit) => ({ ...hit, end: hit.end - shift }));
    }
  }
  return [];
}

/** Names said as written (name-index.ts), then names said in translation, each place once. */
function namedIn(message: string, index: PlaceLookup): NamedHit[] {
  // (as written, or with a Chinese 医院 read as the data's 病院: the longer names win)
  const longest = (hits: NamedHit[]) => Math.max(0, ...hits.map((hit) => hit.length));
  const asWritten = index.findNamed(message);
  const hospital = asNamedHospital(message);
  const asHospital = hospital === message ? [] : index.findNamed(hospital);
  const found = longest(asHospital) > longest(asWritten) ? asHospital : asWritten;
  const exact = found.map((hit) => (hit.start < 0 ? locateLatinName(message, hit) : hit));
  const seen = new Set(exact.map((hit) => hit.place.id));
  return [...exact, ...index.crossLingual.find(message).filter((hit) => !seen.has(hit.place.id))];
}

/**
 * A name written straight after another place name (新宿中央公園 when the data only has 中央公園 in 小平市) is part
 * of a longer name the data does not hold, unless that place is where the named one is (小平市中央公園).
 */
function gluedToOtherPlace(text: string, hit: NamedHit, found: FoundPlaces): boolean {
  const previous = text.charAt(hit.start - 1);
  if (hit.start <= 0 || !/[\p{Script=Han}\p{Script=Katakana}]/u.test(previous) || LEAD_IN.has(previous)) return false;
  // Chinese writes names inside the sentence, with no particle before them (请简单介绍伊藤学园的情况)
  if (CHINESE_SENTENCE.test(text)) return false;
  const before = found.spans.find(([, e]) => e === hit.start);
  if (!before) return true;
  const place = hit.place;
  if (found.ward && place.ward === found.ward.ja) return false;
  const anchor = found.anchor;
  return !(anchor && place.lat !== undefined && place.lon !== undefined && haversineMeters(anchor.lat, anchor.lon, place.lat, place.lon) < GLUED_NEAR_METERS);
}

/**
 * The text with Chinese 医院 (a hospital) written as most names in the data write it, 病院 (都立廣尾醫院 is
 * 東京都立広尾病院). One character for one, so positions hold; tried only when the text as written names nothing,
 * as a few names do say 医院 (順天堂医院).
 */
function asNamedHospital(text: string): string {
  return text.replace(/[医醫]院/g, '病院');
}

/** A run of kanji and katakana this long at least may be part of a name (山本亭, 浜離宮). */
const MIN_PART = 3;
/** More places than this holding the part and it names none of them. */
const MAX_PART_PLACES = 3;
/** Kinds named after the facility they stand in (an AED or a Wi-Fi spot at 浜離宮恩賜庭園): the facility is meant, not them. */
export const HOSTED_KINDS: ReadonlySet<string> = new Set(['aed', 'wifi', 'toilet']);

/**
 * Places a question names by a part of their name only (山本亭 for 葛飾区山本亭, 浜離宮 for 浜離宮恩賜庭園): asked
 * when nothing was named in full. `text` is the question with its known words blanked (same length, so the hit
 * stands where the part does). A part held by a few places names them; by many, none.
 */
export function partialNameHits(text: string, index: PlaceLookup, wanted?: ReadonlySet<string>): NamedHit[] {
  const converted = chineseToJapaneseKanji(text.normalize('NFKC'));
  const hits: NamedHit[] = [];
  // (a Chinese particle ends a run: 山本亭的門票 holds the name 山本亭)
  const runs = [...converted.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{3,}/gu)].flatMap((run) => {
    const pieces: Array<{ text: string; index: number }> = [];
    let offset = run.index as number;
    for (const piece of run[0].split(/([的吗嗎呢么麼])/)) {
      if (piece.length >= MIN_PART) pieces.push({ text: piece, index: offset });
      offset += piece.length;
    }
    return pieces;
  });
  for (const run of runs) {
    // a Chinese particle or verb before the name is not part of it (葛饰区的山本亭)
    const lead = [...run.text].findIndex((char) => !LEAD_IN.has(char));
    const part = run.text.slice(Math.max(0, lead));
    if (part.length < MIN_PART) continue;
    const holding = (said: string) =>
      [...index.places.values()].filter((place) => !HOSTED_KINDS.has(place.category) && (!wanted || wanted.has(place.category)) && chineseToJapaneseKanji(place.name.ja.normalize('NFKC')).includes(said));
    const direct = holding(part);
    const holders = direct.length === 0 && asNamedHospital(part) !== part ? holding(asNamedHospital(part)) : direct;
    const distinct = new Set(holders.map((place) => place.name.ja));
    if (holders.length === 0 || distinct.size > MAX_PART_PLACES) continue;
    const start = run.index + Math.max(0, lead);
    for (const place of holders.sort((a, b) => a.name.ja.length - b.name.ja.length)) hits.push({ place, start, end: start + part.length, length: part.length });
  }
  return hits;
}

/** A name's form, by its last two characters (gapNameHits). */
interface NameEnd {
  place: Place;
  form: string;
  kana: boolean;
}

/** Every place's Japanese name and reading by their last two characters, built once per index. */
const NAME_ENDS = new WeakMap<ReadonlyMap<string, Place>, Map<string, NameEnd[]>>();

function nameEnds(places: ReadonlyMap<string, Place>): Map<string, NameEnd[]> {
  const built = NAME_ENDS.get(places);
  if (built) return built;
  const ends = new Map<string, NameEnd[]>();
  const add = (place: Place, form: string, kana: boolean) => {
    if (form.length < 4) return;
    const key = form.slice(-2);
    const list = ends.get(key);
    if (list) list.push({ place, form, kana });
    else ends.set(key, [{ place, form, kana }]);
  };
  for (const place of places.values()) {
    if (HOSTED_KINDS.has(place.category)) continue;
    add(place, chineseToJapaneseKanji(place.name.ja.normalize('NFKC')).replace(/\s+/g, '').replace(/[（(].*[)）]$/, ''), false);
    const reading = readingOfName(place.name);
    if (reading) add(place, toHiragana(reading.normalize('NFKC')).replace(/\s+/g, ''), true);
  }
  NAME_ENDS.set(places, ends);
  return ends;
}

/** The words of names that say what a place is (きねんかん, ちゅうしゃじょう), in hiragana. */
const GENERIC_READINGS: ReadonlySet<string> = new Set(GLOSSARY.filter((word) => word.role === 'generic').flatMap((word) => word.kana.map((kana) => toHiragana(kana))));

/** Fewer characters of a name than this, or than half of it, name nothing. */
const MIN_GAP_MATCH = { kana: 5, kanji: 4 };
/** A name's first part kept before a gap is this long at least (けいおう, 慶応). */
const MIN_GAP_HEAD = 2;

/**
 * Places named with a part of their name left out, as people shorten names (慶応大学病院 and けいおう だいがく
 * びょういん for 慶応義塾大学病院), or by the end of their reading (やまもとてい for かつしかくやまもとてい): the
 * question holds the name's end and, before it, the name's beginning or nothing. At least half of the name is
 * said, and the words stand on their own (not inside a longer word). Asked when nothing was named otherwise;
 * the longest match wins, and a part several places end with names none of them.
 */
export function gapNameHits(message: string, index: PlaceLookup, wanted?: ReadonlySet<string>): NamedHit[] {
  const forms = questionForms(message);
  const q = forms.kana;
  const ends = nameEnds(index.places);
  let best: NamedHit[] = [];
  let bestScore = 0;
  for (let end = 2; end <= q.length; end += 1) {
    const bucket = ends.get(q.slice(end - 2, end));
    if (!bucket) continue;
    for (const { place, form, kana } of bucket) {
      if (wanted && !wanted.has(place.category)) continue;
      let tail = 0;
      while (tail < form.length && tail < end && q.charAt(end - 1 - tail) === form.charAt(form.length - 1 - tail)) tail += 1;
      if (tail === form.length) continue; // the whole name is the exact lookup's
      // the name's beginning right before its end, or before a の between them (とうほう だいがく の おおもり びょういん)
      let head = 0;
      let joint = 0;
      for (const between of q.charAt(end - tail - 1) === 'の' ? [0, 1] : [0]) {
        for (let size = Math.min(form.length - tail - 1, end - tail - between); size > head && size >= MIN_GAP_HEAD; size -= 1) {
          if (q.startsWith(form.slice(0, size), end - tail - between - size)) {
            head = size;
            joint = between;
            break;
          }
        }
      }
      const said = head + tail;
      if (said < (kana ? MIN_GAP_MATCH.kana : MIN_GAP_MATCH.kanji) || said * 2 < form.length) continue;
      // a name's end alone: in kana only (the kanji case is partialNameHits'), and never just its kind (こうとうく の
      // こうえん names no park, though 浜園公園 reads …ぞのこうえん)
      if ((head === 0 && !kana) || (kana && tail < MIN_GAP_MATCH.kana)) continue;
      // (nor a particle of the question and a kind: で ちゅうしゃじょう is no ひので駐車場)
      const ending = form.slice(form.length - tail).replace(/^[のでにはをがとへも]/, '');
      // (TOPIC_WORDS: the kinds of place, こうえん and としょかん among them)
      if (kana && (TOPIC_WORDS.has(ending) || GENERIC_READINGS.has(ending))) continue;
      const start = end - tail - joint - head;
      // (a name's end alone does not begin with a one-letter word of the question: で ちゅうしゃじょう)
      if (kana && head === 0 && (forms.positions[start + 1] as number) - (forms.positions[start] as number) > 1) continue;
      if (!(kana ? startsWord(forms, start) && endsWord(forms, end) : !/\p{Script=Han}/u.test(q.charAt(start - 1)) || LEAD_IN.has(q.charAt(start - 1)))) continue;
      const score = said * 100 + head;
      if (score < bestScore) continue;
      const hit = { place, start: forms.positions[start] as number, end: (forms.positions[end - 1] as number) + 1, length: said };
      if (score > bestScore) best = [];
      bestScore = score;
      best.push(hit);
    }
  }
  // (a name's end alone names one place only: ちゅうしゃじょう ends many names)
  const names = new Set(best.map((hit) => hit.place.name.ja)).size;
  return names > (bestScore % 100 === 0 ? 1 : MAX_PART_PLACES) ? [] : best;
}

/**
 * Where a name matched by its romaji key stands in the question: the shortest run of Latin words whose key holds
 * the name's, so that its words ("Public Phone") are not read as words of the question (the phone asked for).
 */
function locateLatinName(message: string, hit: NamedHit): NamedHit {
  const text = message.normalize('NFKC');
  const words = [...text.matchAll(/[\p{Script=Latin}0-9][\p{Script=Latin}0-9'’.-]*/gu)];
  // (by any of the Latin forms the name index holds: the romanised name, the English one, the one shown)
  const { name } = hit.place;
  for (const form of new Set([latinNameOf(name), name.en, name.display?.en])) {
    const key = romajiKey((form ?? '').replace(/\s*\([^)]*\)\s*$/, ''), true);
    if (key.length === 0) continue;
    for (let size = 1; size <= words.length; size += 1) {
      for (let i = 0; i + size <= words.length; i += 1) {
        const first = words[i] as RegExpMatchArray;
        const last = words[i + size - 1] as RegExpMatchArray;
        const start = first.index as number;
        const end = (last.index as number) + last[0].length;
        if (romajiKey(text.slice(start, end), true).includes(key)) return { ...hit, start, end };
      }
    }
  }
  return hit;
}

/** The text with the named facilities' names blanked out (same length, so positions still hold). */
export function blank(text: string, hits: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const hit of hits) if (hit.start >= 0) out = `${out.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${out.slice(hit.end)}`;
  return out;
}

export function anchorOfPlace(place: Place): Anchor {
  return { kind: 'landmark', lat: place.lat as number, lon: place.lon as number, ja: place.name.ja, en: place.name.en, kana: place.name.kana, ward: place.ward, placeId: place.id };
}

export function anchorOf(entry: AnchorEntry): Anchor {
  return { kind: entry.kind, lat: entry.lat, lon: entry.lon, ja: entry.ja, en: entry.en, kana: entry.kana, ward: entry.ward, placeId: entry.placeId, latin: entry.latin };
}
