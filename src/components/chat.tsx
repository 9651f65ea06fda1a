'use client';

import { type ComponentType, useCallback, useMemo, useRef, useState } from 'react';
import { isLang } from '../core/languages.ts';
import { answerLangOf, pageLangTag, uiStrings } from '../i18n/page-languages.ts';
import { FOREIGN_LANGUAGE_WORDS } from '../i18n/translation-languages.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { Composer } from './composer.tsx';
import { CoverageView } from './coverage-view.tsx';
import { PlusIcon } from './icons.tsx';
import { LanguageSelect } from './language-select.tsx';
import { toSpokenText } from './linked-text.tsx';
import { LocationButton } from './location-button.tsx';
import { MessageList } from './message-list.tsx';
import { type ChatMessage, useChat } from './use-chat.ts';
import { useGeolocation } from './use-geolocation.ts';
import { useLanguage } from './use-language.ts';
import type { VoiceControlProps } from './voice-slot.ts';

interface ChatProps {
  /** Fills the composer's voice slot (voice-slot.ts); without it the page is text only. */
  voiceControl?: ComponentType<VoiceControlProps>;
}

/** The chat page: header (title, language, new conversation), the conversation, location and composer. */
export function Chat({ voiceControl: VoiceControl }: ChatProps) {
  const [lang, setLang] = useLanguage();
  const t = uiStrings(lang);
  const geo = useGeolocation();
  const [draft, setDraft] = useState('');
  const composer = useRef<HTMLTextAreaElement>(null);
  // the question is given back when it failed, unless the user has started typing another
  const giveBack = useCallback((question: string) => setDraft((current) => (current.trim() ? current : question)), []);
  const { messages, busy, send, reset, subscribeAnswers } = useChat({ lang, location: geo.location, onFailed: giveBack });

  const sendText = useCallback(
    (text: string): boolean => {
      if (!send(text)) return false;
      setDraft('');
      return true;
    },
    [send],
  );
  const submit = useCallback(
    (text: string): boolean => {
      if (!sendText(text)) return false;
      composer.current?.focus();
      return true;
    },
    [sendText],
  );

  const newConversation = () => {
    reset();
    setDraft('');
    composer.current?.focus();
  };

  // a spoken question leaves the focus where it is: on a phone, focusing the text box would open the keyboard;
  // speech is offered in the six languages only (the translated ones have no recogniser or voice here)
  const voiceLang = isLang(lang) ? lang : undefined;
  const voiceProps = useMemo<VoiceControlProps | undefined>(
    () => (voiceLang ? { lang: voiceLang, busy, submit: sendText, showTranscript: setDraft, subscribeAnswers } : undefined),
    [voiceLang, busy, sendText, subscribeAnswers],
  );

  return (
    <div className="chat">
      <header className="chat-header">
        <h1>{t.appTitle}</h1>
        {/* a page in a language answered through machine translation says so, in that language (issue 17) */}
        {!isLang(lang) && (
          <p className="machine-note" lang={pageLangTag(lang)}>
            {FOREIGN_LANGUAGE_WORDS[lang].machineTranslated}
          </p>
        )}
        <div className="header-controls">
          <LanguageSelect lang={lang} onChange={setLang} />
          <button type="button" className="secondary-button" onClick={newConversation}>
            <PlusIcon />
            {t.newConversation}
          </button>
        </div>
      </header>
      <main className="chat-main">
        <CoverageView lang={answerLangOf(lang)} />
        <MessageList lang={lang} messages={messages} onExample={submit} onResend={submit} />
        <div className="compose-area">
          <LocationButton lang={lang} state={geo.state} onLocate={geo.locate} onStop={geo.stop} />
          <Composer lang={lang} value={draft} onChange={setDraft} onSend={submit} busy={busy} textareaRef={composer} voiceControl={VoiceControl && voiceProps && <VoiceControl {...voiceProps} />} />
        </div>
      </main>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement(messages, t)}
      </div>
    </div>
  );
}

/** What the live region says: "writing…" while an answer streams, then the whole answer once, or the error. */
function announcement(messages: ChatMessage[], t: UiStrings): string {
  const last = messages.at(-1);
  if (!last || last.role === 'user') return '';
  if (last.role === 'error') return `${t.errorLabel} ${last.text}`;
  return last.streaming ? t.answering : `${t.answerReady} ${toSpokenText(last.text)}`;
}
