'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/languages.ts';
import { answerLangOf, type PageLang } from '../i18n/page-languages.ts';
import type { AnswerAnchor, AnswerStatus, AnswerTranslation, ChatEvent, GeoPoint, SourceView } from './chat-api.ts';
import { ChatApiError, isAbort, streamChat } from './chat-client.ts';
import { readItem, writeItem } from './browser-storage.ts';
import { describeError } from './error-text.ts';
import type { CompletedAnswer } from './voice-slot.ts';

export interface UserMessage {
  id: string;
  role: 'user';
  text: string;
}

export interface AnswerMessage {
  id: string;
  role: 'answer';
  text: string;
  /** The answer's language (from `meta`): the server answers in the question's language when it is clear. */
  lang: Lang;
  /** The page's language when the question was sent. */
  askedIn: PageLang;
  /** Set at `done` when the answer was machine-translated into the reader's language (issue 17). */
  translation?: AnswerTranslation;
  streaming: boolean;
  status?: AnswerStatus;
  sources: SourceView[];
  /** Where the distances are measured from (the map's "you are here"). */
  anchor?: AnswerAnchor;
  /** From the `meta` event: what feedback refers to. */
  sessionId?: string;
  messageId?: string;
  /** The stream broke before `done`: what is shown is only part of the answer. */
  incomplete?: boolean;
  /** `done` said the turn could not be stored (the session store was down). */
  notSaved?: boolean;
}

export interface ErrorMessage {
  id: string;
  role: 'error';
  text: string;
  /** The question that failed, offered to send again. */
  question?: string;
}

export type ChatMessage = UserMessage | AnswerMessage | ErrorMessage;

/** sessionStorage: the conversation survives a reload of the tab, and ends with it. */
const SESSION_KEY = 'tokyo-ai-chat:sessionId';

let lastId = 0;
const nextId = () => `m${++lastId}`;

interface ChatOptions {
  lang: PageLang;
  location?: GeoPoint;
  /** Called with the question when it could not be answered, so the page can give it back to the user. */
  onFailed: (question: string) => void;
}

/**
 * The conversation: the messages shown, and `send`, which streams one answer from POST /api/chat into them.
 * One answer at a time; `reset` aborts it and forgets the session.
 */
export function useChat({ lang, location, onFailed }: ChatOptions) {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const listeners = useRef(new Set<(answer: CompletedAnswer) => void>());

  useEffect(() => () => controller.current?.abort(), []);

  const send = useCallback(
    (question: string): boolean => {
      const message = question.trim();
      if (!message || controller.current) return false;
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      const answerId = nextId();
      const answer: AnswerMessage = { id: answerId, role: 'answer', text: '', lang: answerLangOf(lang), askedIn: lang, streaming: true, sources: [] };
      setMessages((list) => [...list, { id: nextId(), role: 'user', text: message }, answer]);
      const update = (patch: Partial<AnswerMessage> | ((m: AnswerMessage) => Partial<AnswerMessage>)) =>
        setMessages((list) => list.map((m) => (m.id === answerId && m.role === 'answer' ? { ...m, ...(typeof patch === 'function' ? patch(m) : patch) } : m)));

      let final = answer;
      const onEvent = (event: ChatEvent) => {
        if (event.type === 'meta') {
          writeItem('session', SESSION_KEY, event.sessionId);
          final = { ...final, sessionId: event.sessionId, messageId: event.messageId, lang: event.lang };
          update({ sessionId: event.sessionId, messageId: event.messageId, lang: event.lang });
        } else if (event.type === 'delta') {
          final = { ...final, text: final.text + event.text };
          update((m) => ({ text: m.text + event.text }));
        } else if (event.type === 'sources') {
          final = { ...final, sources: event.sources, anchor: event.anchor };
          update({ sources: event.sources, anchor: event.anchor });
        } else if (event.type === 'done') {
          final = { ...final, status: event.status, streaming: false, translation: event.translation };
          update({ status: event.status, streaming: false, notSaved: event.sessionSaved === false, translation: event.translation });
        }
      };

      const sessionId = readItem('session', SESSION_KEY) ?? undefined;
      streamChat({ message, lang, sessionId, location }, onEvent, abort.signal)
        .then(() => {
          const completed: CompletedAnswer = { text: final.text, lang: final.lang, status: final.status ?? 'answered', messageId: final.messageId ?? '', sources: final.sources };
          for (const listener of listeners.current) listener(completed);
        })
        .catch((error: unknown) => {
          if (isAbort(error)) return; // the user started a new conversation: nothing to report
          console.warn('chat request failed', error);
          setMessages((list) => [
            // a failed answer keeps what had arrived, marked as cut off, so nothing the user read disappears
            ...list.flatMap((m) => (m.id !== answerId || m.role !== 'answer' ? [m] : m.text ? [{ ...m, streaming: false, incomplete: true }] : [])),
            { id: nextId(), role: 'error', text: describeError(error, lang), question: isWorthResending(error) ? message : undefined },
          ]);
          onFailed(message);
        })
        .finally(() => {
          if (controller.current === abort) {
            controller.current = null;
            setBusy(false);
          }
        });
      return true;
    },
    [lang, location, onFailed],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setBusy(false);
    writeItem('session', SESSION_KEY, null);
    setMessages([]);
  }, []);

  const subscribeAnswers = useCallback((listener: (answer: CompletedAnswer) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  return { messages, busy, send, reset, subscribeAnswers };
}

/** A failure that sending the same question again may cure: the connection, the stream, or the service's side. */
function isWorthResending(error: unknown): boolean {
  if (!(error instanceof ChatApiError)) return true;
  return error.kind !== 'http' || error.status === 429 || (error.status ?? 0) >= 500;
}
