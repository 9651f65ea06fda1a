'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_LANG } from '../core/languages.ts';
import { isPageLang, type PageLang, pageLangFromAcceptLanguage, pageLangTag, uiStrings } from '../i18n/page-languages.ts';
import { readItem, writeItem } from './browser-storage.ts';

/** localStorage: the language a user chose is kept for their next visit. */
const LANG_KEY = 'tokyo-ai-chat:lang';
const listeners = new Set<() => void>();
/** This tab's choice, for when storage is refused. */
let chosen: PageLang | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed it
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The chosen language, else the browser's first one the page is shown in, else Japanese. */
function readLang(): PageLang {
  const stored = readItem('local', LANG_KEY);
  if (isPageLang(stored)) return stored;
  if (chosen) return chosen;
  return pageLangFromAcceptLanguage(navigator.languages?.join(',') || navigator.language) ?? DEFAULT_LANG;
}

/** Sets the page language, remembers it, and tells every component that reads it (the selector, an answer's offer). */
export function chooseLanguage(next: PageLang): void {
  chosen = next;
  writeItem('local', LANG_KEY, next);
  for (const listener of listeners) listener();
}

/**
 * The page language and its setter. The static HTML is rendered in Japanese; the browser's choice takes over
 * on hydration. Keeps `<html lang>` and the document title in step, for screen readers and CJK glyph choice.
 */
export function useLanguage(): [PageLang, (lang: PageLang) => void] {
  const lang = useSyncExternalStore(subscribe, readLang, () => DEFAULT_LANG);
  useEffect(() => {
    document.documentElement.lang = pageLangTag(lang);
    document.title = uiStrings(lang).appTitle;
  }, [lang]);
  return [lang, chooseLanguage];
}
