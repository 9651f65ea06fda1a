import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from './csv.ts';
import { decodeText } from './decode.ts';

/** A bundled data file and the names of its columns (a CSV's header, a GeoJSON's properties, a JSON list's keys). */
export interface FileColumns {
  file: string;
  columns: string[];
}

/** The columns of every bundled data file under `dir` (the standard's templates and CKAN examples left out). */
export function bundledColumns(dir: string): FileColumns[] {
  const files = walk(dir).filter((file) => /\.(csv|json)$/.test(file) && !/\/(spec|ckan_examples)\//.test(file));
  const byFolder = new Map<string, FileColumns>();
  const out: FileColumns[] = [];
  for (const file of files.sort()) {
    const relative = path.relative(dir, file);
    const columns = file.endsWith('.csv') ? csvColumns(readFileSync(file)) : jsonColumns(readFileSync(file, 'utf8'));
    // one GeoJSON per municipality: the folder is one dataset
    const folder = /gsi_designated/.test(relative) ? path.dirname(relative) : undefined;
    if (folder) {
      const known = byFolder.get(folder);
      if (known) known.columns = [...new Set([...known.columns, ...columns])];
      else {
        const entry = { file: `${folder}/*.json`, columns };
        byFolder.set(folder, entry);
        out.push(entry);
      }
    } else out.push({ file: relative, columns });
  }
  return out;
}

function csvColumns(bytes: Uint8Array): string[] {
  const records = parseCsvRecords(decodeText(bytes, 'auto'));
  // a file with a title row above its header (the hospital list): the row that names 施設名 is the header
  const header = records.find((row) => row.some((cell) => cell.trim() === '施設名')) ?? records[0] ?? [];
  return header.map((cell) => cell.trim().replace(/\s+/g, ''));
}

function jsonColumns(text: string): string[] {
  const data = JSON.parse(text) as { features?: Array<{ properties?: Record<string, unknown> }> } | Array<Record<string, unknown>>;
  const rows = Array.isArray(data) ? data : (data.features ?? []).map((feature) => feature.properties ?? {});
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}
