'use client';

import { type FormEvent, type KeyboardEvent, type ReactNode, type Ref, useId } from 'react';
import { LIMITS } from '../config/tunables.ts';
import { fill } from '../i18n/phrasebook.ts';
import { type PageLang, uiStrings } from '../i18n/page-languages.ts';
import { SendIcon } from './icons.tsx';

/** The counter appears when the question nears the limit (the server counts after NFKC and has the last word). */
const COUNTER_FROM = Math.floor(LIMITS.maxMessageChars * 0.9);

interface ComposerProps {
  lang: PageLang;
  value: string;
  onChange: (value: string) => void;
  /** Sends the text; the one send path, shared with the voice control. */
  onSend: (text: string) => void;
  busy: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
  /**
   * VOICE SLOT: a microphone control (VoiceControlProps in voice-slot.ts), rendered after the send button (on
   * its own row), so that Tab goes from the text box to Send. Chat fills it from its `voiceControl` prop.
   */
  voiceControl?: ReactNode;
}

/** The question box: Enter sends, Shift+Enter starts a new line, and an IME's Enter only confirms the conversion. */
export function Composer({ lang, value, onChange, onSend, busy, textareaRef, voiceControl }: ComposerProps) {
  const t = uiStrings(lang);
  const hintId = useId();
  const counterId = useId();
  const length = [...value].length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSend(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // keyCode 229: Safari reports the Enter that ends a Japanese conversion with isComposing already false
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    if (!busy) onSend(value);
  };

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="question" className="visually-hidden">
        {t.questionLabel}
      </label>
      <textarea
        id="question"
        ref={textareaRef}
        className="composer-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t.questionPlaceholder}
        rows={2}
        enterKeyHint="send"
        aria-describedby={length >= COUNTER_FROM ? `${hintId} ${counterId}` : hintId}
        aria-invalid={length > LIMITS.maxMessageChars || undefined}
      />
      <button type="submit" className="send-button" aria-disabled={busy || undefined}>
        <SendIcon />
        <span className="send-label">{t.send}</span>
      </button>
      {voiceControl}
      <p id={hintId} className="composer-hint">
        {t.composerHint}
        {length >= COUNTER_FROM && (
          <span id={counterId} className={length > LIMITS.maxMessageChars ? 'counter counter--over' : 'counter'}>
            {fill(t.charCount, { count: length, max: LIMITS.maxMessageChars })}
          </span>
        )}
      </p>
    </form>
  );
}
