/**
 * `npm run translation:glossary`: the glossary of place names for Cloud Translation (ADR 0010), so that the
 * corpus's own names stay as they are when questions and answers are translated: an equivalent-term-set CSV
 * (first row: language codes; then one name a row, the same in every language) of every place's, station's and
 * municipality's name in Japanese and in Latin letters, written beside the snapshot. Upload it to Cloud Storage and
 * create the glossary from it (docs/operations.md, "Translation glossary"); the server names it with
 * TRANSLATION_GLOSSARY. Usage: node scripts/build-translation-glossary.ts [out.csv]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv } from '../src/config/env.ts';
import { loadCorpus } from '../src/opendata/load-corpus.ts';
import { TRANSLATION_LANGS } from '../src/i18n/translation-languages.ts';
import { placeGlossaryTerms } from './lib/glossary-terms.ts';

const env = loadEnv();
const snapshot = path.resolve(env.SNAPSHOT_PATH);
const out = path.resolve(process.argv[2] ?? path.join(path.dirname(snapshot), 'place-names-glossary.csv'));
const languages = ['ja', 'en', ...TRANSLATION_LANGS];
const terms = placeGlossaryTerms(await loadCorpus(snapshot));
const csv = [languages, ...terms.map((term) => languages.map(() => term))].map((row) => row.map(csvField).join(',')).join('\n');
await writeFile(out, `${csv}\n`);
const codepoints = [...csv].length;
console.log(`${terms.length} names in ${languages.length} languages (${codepoints.toLocaleString('en')} code points of the 10 M allowed) → ${out}`);
console.log(`create it with: POST /v3/projects/<project>/locations/${env.TRANSLATION_LOCATION}/glossaries`);
console.log(JSON.stringify({ name: `projects/<project>/locations/${env.TRANSLATION_LOCATION}/glossaries/<id>`, languageCodesSet: { languageCodes: languages }, inputConfig: { gcsSource: { inputUri: 'gs://<bucket>/place-names-glossary.csv' } } }, null, 2));

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
