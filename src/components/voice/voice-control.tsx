'use client';

import { useId, useRef } from 'react';
import type { VoiceControlProps } from '../voice-slot.ts';
import { useVoice } from './use-voice.ts';
import styles from './voice-control.module.css';
import { VOICE_STRINGS } from './voice-strings.ts';

/**
 * The microphone control of the composer's voice slot (voice-slot.ts): tap to ask by voice (tap again to send at
 * once, or just stop talking), hands-free mode (listens again after each answer; speaking over an answer stops
 * it), and a stop button while an answer is read. The state is shown in words (listening / thinking / speaking)
 * and announced politely to screen readers. Every button is type="button": the slot is inside the composer's form.
 */
export function VoiceControl(props: VoiceControlProps) {
  const t = VOICE_STRINGS[props.lang];
  const { state, notice, handsFree, available, toggleListening, setHandsFree, stopSpeaking } = useVoice(props);
  const hintId = useId();
  const mic = useRef<HTMLButtonElement>(null);
  if (!available) return null; // no microphone and no recogniser: the page stays text only
  const status = { idle: '', listening: t.listening, thinking: t.thinking, speaking: t.speaking }[state];
  // the stop button goes away once pressed: focus goes back to the microphone, not to the page's start
  const stop = () => {
    stopSpeaking();
    mic.current?.focus();
  };
  return (
    <div className={styles.voice} data-voice-state={state}>
      {/* the label says what a tap does now (a toggle's aria-pressed would contradict a changing label) */}
      <button ref={mic} type="button" className={styles.mic} data-active={state === 'listening'} onClick={toggleListening}>
        <MicIcon />
        {state === 'listening' ? t.stopListening : t.speak}
      </button>
      {state === 'speaking' && (
        <button type="button" className={styles.stop} onClick={stop}>
          {t.stopSpeaking}
        </button>
      )}
      <label className={styles.handsFree}>
        <input type="checkbox" checked={handsFree} onChange={(event) => setHandsFree(event.target.checked)} aria-describedby={hintId} />
        {t.handsFree}
      </label>
      <span id={hintId} hidden>
        {t.handsFreeHint}
      </span>
      <p className={styles.status} role="status" data-state={state}>
        {status}
      </p>
      {notice && (
        <p className={styles.notice} role="alert">
          {notice}
        </p>
      )}
    </div>
  );
}

function MicIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
      <path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z" />
    </svg>
  );
}
