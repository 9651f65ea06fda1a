import { REFRESH } from '../../config/tunables.ts';
import type { DatasetSpec, SourceFile } from '../dataset-spec.ts';
import { decodeText, type Encoding } from '../decode.ts';
import { RowTally } from '../tally.ts';

/** What parsing one file gave: the measure a new version is compared with. */
export interface FileStats {
  rows: number;
  loaded: number;
  rejected: number;
  /** Loaded places with a point. */
  located: number;
}

export type Verdict = { ok: true; stats: FileStats; text: string; note?: string } | { ok: false; reason: string };

/** Parses one source file with its dataset's parser into a scratch tally (nothing reaches the corpus). */
export function measureFile(spec: DatasetSpec, file: SourceFile, now: Date): FileStats {
  const tally = new RowTally(spec.info.id);
  const places = spec.parse(file, tally, { now });
  const report = tally.report();
  return { rows: report.rows, loaded: report.loaded, rejected: report.rejected, located: places.filter((place) => place.lat !== undefined).length };
}

/**
 * Whether a downloaded file may replace the last good version of a source file: it is not an HTML page, it
 * decodes (UTF-8, UTF-16 with a BOM or CP932, whatever the server declared), it parses with the dataset's
 * parser, it keeps at least REFRESH.minRowRatio of the rows the last good version loaded, rejects at most
 * REFRESH.maxRejectedShare of its rows, and does not lose more than REFRESH.maxLocatedDrop of its located share
 * (coordinates that went missing or out of Tokyo).
 */
export function checkCandidate(spec: DatasetSpec, path: string, bytes: Uint8Array, contentType: string, lastGood: FileStats, now: Date): Verdict {
  const screened = screenBytes(bytes, contentType, spec.encoding);
  if (!screened.ok) return screened;
  const { text } = screened;
  let stats: FileStats;
  try {
    stats = measureFile(spec, { path, text }, now);
  } catch (error) {
    return { ok: false, reason: `does not parse: ${(error as Error).message}` };
  }
  const verdict = compareWithLastGood(stats, lastGood);
  return verdict ? { ok: false, reason: verdict } : { ok: true, stats, text, note: encodingNote(bytes, contentType) };
}

/**
 * The first gates of any downloaded file: not empty, not an HTML page, and text in a known encoding (UTF-8,
 * UTF-16 with a BOM or CP932, by the bytes whatever the server declared). Gives the decoded text.
 */
export function screenBytes(bytes: Uint8Array, contentType: string, encoding: Encoding): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty file' };
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (/html/i.test(contentType) || /^\s*(\ufeff)?\s*<(!doctype|html|head|body|\?xml)/i.test(head)) {
    return { ok: false, reason: 'an HTML page instead of the data file' };
  }
  const text = decodeText(bytes, encoding);
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (replacements > REFRESH.maxReplacementShare * text.length) {
    return { ok: false, reason: `not text in UTF-8, UTF-16 or CP932 (${replacements} undecodable characters)` };
  }
  return { ok: true, text };
}

/** Why a new version may not replace the last good one (too few rows, too many rejected, points lost), if it may not. */
export function compareWithLastGood(stats: FileStats, lastGood: FileStats): string | undefined {
  if (stats.loaded < REFRESH.minRowRatio * lastGood.loaded) {
    return `too few rows: ${stats.loaded} loaded, the last good version had ${lastGood.loaded}`;
  }
  if (stats.rejected > REFRESH.maxRejectedShare * stats.rows) {
    return `too many rows rejected: ${stats.rejected} of ${stats.rows}`;
  }
  const share = (s: FileStats) => (s.loaded === 0 ? 0 : s.located / s.loaded);
  if (share(stats) < share(lastGood) - REFRESH.maxLocatedDrop) {
    return `coordinates lost: ${stats.located} of ${stats.loaded} places located, the last good version had ${lastGood.located} of ${lastGood.loaded}`;
  }
  return undefined;
}

/** Says when the server's declared charset was wrong (decoding went by the bytes, CKAN_NOTES §5). */
export function encodingNote(bytes: Uint8Array, contentType: string): string | undefined {
  const declared = /charset=([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (declared !== 'utf-8' && declared !== 'utf8') return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return 'served as UTF-8 but is not: decoded as CP932';
  }
}
