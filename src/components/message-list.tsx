'use client';

import { useEffect, useRef } from 'react';
import { type PageLang, uiStrings } from '../i18n/page-languages.ts';
import { AnswerMessage } from './answer-message.tsx';
import type { ChatMessage } from './use-chat.ts';

/** How close to the bottom (px) still counts as "following" the conversation. */
const FOLLOW_THRESHOLD = 64;

interface MessageListProps {
  lang: PageLang;
  messages: ChatMessage[];
  /** Sends an example question (empty state). */
  onExample: (question: string) => void;
  /** Sends a failed question again (the button under its error). */
  onResend: (question: string) => void;
}

/**
 * The conversation. The page itself scrolls (the composer sticks to the bottom), which suits phones best.
 * Not a live region (it would read every streamed fragment): Chat announces each answer once complete.
 * Keeps the newest message in view while the user is at the bottom, and leaves them alone when they scrolled
 * up to read.
 */
export function MessageList({ lang, messages, onExample, onResend }: MessageListProps) {
  const t = uiStrings(lang);
  const following = useRef(true);
  const count = messages.length;

  useEffect(() => {
    const onScroll = () => {
      const root = document.documentElement;
      following.current = root.scrollHeight - root.scrollTop - root.clientHeight < FOLLOW_THRESHOLD;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useEffect(() => {
    following.current = true; // a new question: show it and its answer
  }, [count]);

  useEffect(() => {
    if (following.current && count > 0) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [messages, count]);

  return (
    <section className="messages" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" className="visually-hidden">
        {t.conversationHeading}
      </h2>
      {count === 0 ? (
        <div className="empty">
          <p className="tagline">{t.tagline}</p>
          <p>{t.emptyIntro}</p>
          <h3 className="examples-heading">{t.examplesHeading}</h3>
          <ul className="examples">
            {t.examples.map((example) => (
              <li key={example}>
                <button type="button" className="example" onClick={() => onExample(example)}>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ol className="message-list">
          {messages.map((message) => {
            if (message.role === 'answer') return <AnswerMessage key={message.id} message={message} uiLang={lang} />;
            if (message.role === 'user')
              return (
                <li key={message.id} className="message message--user">
                  <p className="message-author">{t.you}</p>
                  <p className="user-text">{message.text}</p>
                </li>
              );
            return (
              <li key={message.id} className="message message--error">
                <p>
                  <strong>{t.errorLabel}</strong> {message.text}
                </p>
                {message.question && (
                  <button type="button" className="resend" onClick={() => onResend(message.question as string)}>
                    {t.resend}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
