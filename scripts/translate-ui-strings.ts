/**
 * `npm run i18n:translate`: the page's text for the languages answered through machine translation (issue 17),
 * translated from English by Cloud Translation at build time (TRANSLATION=google, TRANSLATION_PROJECT, the metadata
 * server's token or GOOGLE_ACCESS_TOKEN when run by hand), written to src/i18n/page-text-translated.ts. Keys a
 * person reviewed (`reviewed` in that file) are kept; the page marks all of it as machine-translated.
 * Usage: node scripts/translate-ui-strings.ts [--lang vi]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GoogleTranslator } from '../src/adapters/translation/google-translator.ts';
import { type GoogleCredentials, MetadataServerCredentials } from '../src/adapters/speech/google/google-credentials.ts';
import { loadEnv } from '../src/config/env.ts';
import { TRANSLATED_PAGE_TEXT } from '../src/i18n/page-text-translated.ts';
import { isTranslationLang, TRANSLATION_LANGS, type TranslationLang } from '../src/i18n/translation-languages.ts';
import { pageTextSource } from './lib/page-text-file.ts';
import { translatePageText } from './lib/translate-ui-strings.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const env = loadEnv();
const project = env.TRANSLATION_PROJECT ?? env.GOOGLE_CLOUD_PROJECT;
if (env.TRANSLATION !== 'google' || !project) {
  console.error('npm run i18n:translate needs TRANSLATION=google and TRANSLATION_PROJECT');
  process.exit(78);
}
if (values.lang && !isTranslationLang(values.lang)) {
  console.error(`--lang must be one of ${TRANSLATION_LANGS.join(', ')}`);
  process.exit(64);
}
const token = process.env.GOOGLE_ACCESS_TOKEN;
const credentials: GoogleCredentials = token ? { headers: async () => ({ authorization: `Bearer ${token}` }) } : new MetadataServerCredentials(env.GOOGLE_METADATA_URL);
const translator = new GoogleTranslator({ baseUrl: env.GOOGLE_TRANSLATE_URL, project, location: env.TRANSLATION_LOCATION, glossary: env.TRANSLATION_GLOSSARY, credentials, timeoutMs: 30_000, breaker: { volumeThreshold: 1_000_000 } });
const texts = { ...TRANSLATED_PAGE_TEXT };
try {
  for (const lang of (values.lang ? [values.lang] : TRANSLATION_LANGS) as TranslationLang[]) {
    const { text, report } = await translatePageText(translator, lang, TRANSLATED_PAGE_TEXT[lang]);
    texts[lang] = text;
    console.log(`${lang}: ${report.translated} strings translated, ${report.kept} reviewed kept${report.refused.length > 0 ? `, left in English: ${report.refused.join('; ')}` : ''}`);
  }
} finally {
  translator.close();
}
const out = path.resolve(import.meta.dirname, '../src/i18n/page-text-translated.ts');
await writeFile(out, pageTextSource(texts, `Last written on ${new Date().toISOString().slice(0, 10)}.`));
console.log(`→ ${out}`);
