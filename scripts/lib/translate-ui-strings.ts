import type { Translator } from '../../src/adapters/translation/translator.ts';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import type { PageErrorCode, TranslatedPageText } from '../../src/i18n/page-text-translated.ts';
import type { TranslationLang } from '../../src/i18n/translation-languages.ts';
import { UI_STRINGS, type UiStrings } from '../../src/i18n/ui-strings.ts';
import { translateProtected } from '../../src/pipeline/translation/translate-protected.ts';
import type { ProtectedTerm } from '../../src/text/protected-spans.ts';

const ERRORS: PageErrorCode[] = ['internal', 'rate_limited', 'maintenance'];
/** Names and symbols the page's text keeps in every language. */
const KEEP: ProtectedTerm[] = ['OpenStreetMap', '地理院タイル', 'Wi-Fi', 'AED', 'AI', 'Enter', 'Shift'].map((text) => ({ text, kind: 'name' }));

export interface UiTranslationReport {
  translated: number;
  kept: number;
  /** Strings left in English because their translation lost a placeholder or name. */
  refused: string[];
}

/**
 * The page's English text translated into one language at build time: every UI string (the examples one by one)
 * and the page's own error messages, `{placeholders}` and names protected, in one call; a reviewed key keeps its
 * text; a string whose translation loses a protected span stays English (and is reported).
 */
export async function translatePageText(translator: Translator, lang: TranslationLang, previous: TranslatedPageText | undefined): Promise<{ text: TranslatedPageText; report: UiTranslationReport }> {
  const reviewed = new Set(previous?.reviewed ?? []);
  const english = UI_STRINGS.en;
  const entries: Array<{ key: string; text: string }> = [];
  for (const key of Object.keys(english) as Array<keyof UiStrings>) {
    if (reviewed.has(`ui.${key}`)) continue;
    const value = english[key];
    if (typeof value === 'string') entries.push({ key: `ui.${key}`, text: value });
    else value.forEach((text, i) => entries.push({ key: `ui.${key}.${i}`, text }));
  }
  for (const code of ERRORS) if (!reviewed.has(`errors.${code}`)) entries.push({ key: `errors.${code}`, text: ERROR_MESSAGES.en[code] });

  const ui: Record<string, unknown> = { ...(previous?.ui ?? {}) };
  const errors: Record<string, string> = { ...(previous?.errors ?? {}) };
  const refused: string[] = [];
  let translated = 0;
  // one string a call, one after another: a lost placeholder refuses only its string, and the quota is spared
  const results: Array<string | undefined> = [];
  for (const entry of entries) {
    results.push(
      await translateProtected(translator, [{ text: entry.text, terms: [...KEEP, ...placeholders(entry.text)] }], { source: 'en', target: lang }).then(
        ({ texts }) => texts[0] as string,
        (error: unknown) => {
          refused.push(`${entry.key}: ${(error as Error).message}`);
          return undefined;
        },
      ),
    );
  }
  entries.forEach((entry, i) => {
    const text = results[i];
    if (text === undefined) return;
    translated += 1;
    const [scope, key, item] = entry.key.split('.') as [string, string, string | undefined];
    if (scope === 'errors') errors[key] = text;
    else if (item === undefined) ui[key] = text;
    else ui[key] = Object.assign([...((ui[key] as string[] | undefined) ?? (english[key as keyof UiStrings] as readonly string[]))], { [Number(item)]: text });
  });
  return {
    text: { ui: ui as Partial<UiStrings>, errors, reviewed: [...reviewed] },
    report: { translated, kept: reviewed.size, refused },
  };
}

function placeholders(text: string): ProtectedTerm[] {
  return (text.match(/\{\w+\}/g) ?? []).map((placeholder) => ({ text: placeholder, kind: 'name' as const }));
}
