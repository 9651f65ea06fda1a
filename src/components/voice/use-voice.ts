'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { VoiceControlProps } from '../voice-slot.ts';
import { Microphone } from './microphone.ts';
import { browserRecognitionSupported } from './browser-recognition.ts';
import { type VoiceState, VoiceSession } from './voice-session.ts';

/**
 * The voice control's state and actions over a VoiceSession, wired to the chat through the slot's props: a
 * recognised question is shown and sent like typed text; an answer to a spoken question (or any answer in
 * hands-free mode) is read aloud.
 */
export function useVoice({ lang, submit, showTranscript, subscribeAnswers }: VoiceControlProps) {
  const [state, setState] = useState<VoiceState>('idle');
  const [notice, setNotice] = useState('');
  const [handsFree, setHandsFreeState] = useState(false);
  // false in the static HTML (rendered without a browser), then what this browser can do
  const available = useSyncExternalStore(subscribeNever, canUseVoice, () => false);
  const session = useRef<VoiceSession | null>(null);
  const askedByVoice = useRef(false);
  const handlers = useRef({ submit, showTranscript });
  useEffect(() => {
    handlers.current = { submit, showTranscript };
  });

  useEffect(() => {
    const voice = new VoiceSession(lang, {
      state: setState,
      notice: setNotice,
      transcript: (text, final) => {
        handlers.current.showTranscript(text);
        if (!final) return;
        askedByVoice.current = true;
        if (!handlers.current.submit(text)) askedByVoice.current = false;
      },
    });
    session.current = voice;
    return () => {
      voice.dispose();
      session.current = null;
    };
    // one session for the page's life; the language is passed on below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (session.current) session.current.lang = lang;
  }, [lang]);

  useEffect(
    () =>
      subscribeAnswers((answer) => {
        const voice = session.current;
        if (!voice || !(askedByVoice.current || voice.handsFree)) return;
        askedByVoice.current = false;
        void voice.speak(answer.text, answer.lang);
      }),
    [subscribeAnswers],
  );

  const toggleListening = useCallback(() => {
    const voice = session.current;
    if (!voice) return;
    if (state === 'listening') voice.finishUtterance();
    else if (state === 'speaking') {
      voice.stopSpeaking();
      void voice.listen();
    } else void voice.listen();
  }, [state]);

  const setHandsFree = useCallback((on: boolean) => {
    setHandsFreeState(on);
    const voice = session.current;
    if (!voice) return;
    voice.handsFree = on;
    if (!on) voice.stop();
  }, []);

  const stopSpeaking = useCallback(() => session.current?.stopSpeaking(), []);

  return { state, notice, handsFree, available, toggleListening, setHandsFree, stopSpeaking };
}

function canUseVoice(): boolean {
  return Microphone.supported() || browserRecognitionSupported();
}

/** What the browser can do does not change while the page is open. */
function subscribeNever(): () => void {
  return () => undefined;
}
