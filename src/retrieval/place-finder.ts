import type { GazetteerEntry } from '../opendata/types.ts';
import { chineseToJapaneseKanji } from './chinese.ts';
import { romajiKey } from './text-keys.ts';

export interface FoundPlaces {
  /** The municipality named in the question. */
  ward?: GazetteerEntry;
  /** A station or landmark named in the question: answers are ranked by distance from it. */
  anchor?: GazetteerEntry;
}

/** Words after a name that say it is a station, in every language. */
const STATION_MARKERS = /^(駅|えき|站|역| ?station|\s?sta\b|\s?eki\b)/i;
const LATIN_STATION_WORD = /\b(station|sta|eki)\b/i;
/** Names that are also common words: they anchor only when followed by a station marker. */
const NEEDS_MARKER = new Set(['東京', 'tokyo', '都庁前']);
const MUNICIPALITY_SUFFIX = /(区|市|町|村)$/;

interface Key {
  key: string;
  entry: GazetteerEntry;
}

/**
 * Finds municipalities, stations and landmarks named in a question, in Japanese, Chinese (either script),
 * or Latin letters (English names and romanised readings, with or without long vowels).
 */
export class PlaceFinder {
  private readonly kanjiKeys: Key[];
  private readonly latinKeys = new Map<string, GazetteerEntry[]>();

  constructor(entries: GazetteerEntry[]) {
    const kanji: Key[] = [];
    for (const entry of entries) {
      kanji.push({ key: entry.ja, entry });
      if (entry.kind === 'municipality') {
        const bare = entry.ja.replace(MUNICIPALITY_SUFFIX, '');
        if (bare.length >= 2) kanji.push({ key: bare, entry });
      }
      for (const key of latinKeysOf(entry)) {
        const list = this.latinKeys.get(key) ?? [];
        list.push(entry);
        this.latinKeys.set(key, list);
      }
    }
    // Longest first, so 大井町 wins over 大井 and 新宿三丁目 over 新宿.
    this.kanjiKeys = kanji.filter((k) => k.key.length >= 2).sort((a, b) => b.key.length - a.key.length);
  }

  find(question: string): FoundPlaces {
    const found: FoundPlaces = {};
    this.findKanji(chineseToJapaneseKanji(question.normalize('NFKC')), found);
    this.findLatin(question, found);
    return found;
  }

  private findKanji(text: string, found: FoundPlaces): void {
    let rest = text;
    for (const { key, entry } of this.kanjiKeys) {
      let at = rest.indexOf(key);
      while (at >= 0) {
        const after = rest.slice(at + key.length);
        const before = rest.slice(0, at);
        const marked = STATION_MARKERS.test(after);
        if (!NEEDS_MARKER.has(key) || marked) {
          if (this.assign(entry, marked, after, found)) {
            rest = `${before}${'\u0000'.repeat(key.length)}${after}`;
            break;
          }
        }
        at = rest.indexOf(key, at + 1);
      }
      if (found.ward && found.anchor) return;
    }
  }

  private findLatin(question: string, found: FoundPlaces): void {
    if (found.ward && found.anchor) return;
    const words = question
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    const hasStationWord = LATIN_STATION_WORD.test(question);
    for (let size = 3; size >= 1; size -= 1) {
      for (let i = 0; i + size <= words.length; i += 1) {
        const phrase = words.slice(i, i + size).join('');
        const key = romajiKey(phrase);
        if (key.length < 4) continue;
        const entries = this.latinKeys.get(key);
        if (!entries) continue;
        const next = words[i + size] ?? '';
        const marked = /^(station|sta|eki)$/.test(next) || (hasStationWord && size === words.length - 1);
        if (NEEDS_MARKER.has(phrase) && !marked) continue;
        for (const entry of entries) this.assign(entry, marked, marked ? ' station' : ` ${next}`, found);
      }
    }
  }

  /** Puts an entry in the ward or anchor slot; true when it was used. */
  private assign(entry: GazetteerEntry, marked: boolean, after: string, found: FoundPlaces): boolean {
    const wardWord = /^(区|市|町|村|\s?(city|ward|ku|shi|town|village)\b|구|시)/i.test(after);
    if (entry.kind === 'municipality') {
      if (found.ward || (marked && !wardWord)) return false;
      found.ward = entry;
      return true;
    }
    if (found.anchor || (wardWord && !marked)) return false;
    found.anchor = entry;
    return true;
  }
}

function latinKeysOf(entry: GazetteerEntry): string[] {
  const keys = new Set<string>();
  if (entry.en) {
    keys.add(romajiKey(entry.en));
    keys.add(romajiKey(entry.en.replace(/\s+(City|Town|Village|Ward)$/i, '')));
  }
  if (entry.kana) {
    keys.add(romajiKey(entry.kana));
    if (entry.kind === 'municipality') keys.add(romajiKey(entry.kana.replace(/(く|し|まち|ちょう|むら|そん)$/, '')));
  }
  return [...keys].filter((key) => key.length >= 4);
}
