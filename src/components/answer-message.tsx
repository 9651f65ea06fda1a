import { type Lang, LANG_TAGS } from '../core/languages.ts';
import { UI_STRINGS } from '../i18n/ui-strings.ts';
import { FeedbackButtons } from './feedback-buttons.tsx';
import { LinkedText } from './linked-text.tsx';
import { SourceCard } from './source-card.tsx';
import type { AnswerMessage as Answer } from './use-chat.ts';

/** One answer: its text as it streams, a note on how it was made, its sources, and feedback once complete. */
export function AnswerMessage({ message, uiLang }: { message: Answer; uiLang: Lang }) {
  const t = UI_STRINGS[uiLang];
  const note = message.status === 'degraded_fallback' ? t.degradedNote : message.status === 'clarification_needed' ? t.clarificationNote : undefined;
  return (
    <li className={`message message--answer${message.incomplete ? ' message--incomplete' : ''}`} aria-busy={message.streaming}>
      <p className="message-author">{t.assistant}</p>
      <div className="answer-text" lang={LANG_TAGS[message.lang]}>
        {message.text ? <LinkedText text={message.text} newTabLabel={t.opensInNewTab} /> : <span className="typing">{t.answering}</span>}
      </div>
      {message.incomplete && <p className="answer-note answer-note--incomplete">{t.incompleteNote}</p>}
      {note && <p className={`answer-note answer-note--${message.status}`}>{note}</p>}
      {message.notSaved && <p className="answer-note answer-note--not-saved">{t.notSavedNote}</p>}
      {message.sources.length > 0 && (
        <section className="sources">
          <h3 className="sources-heading">{t.sourcesHeading}</h3>
          <ul className="source-list">
            {message.sources.map((source) => (
              <li key={source.id}>
                <SourceCard source={source} lang={uiLang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* only a complete answer (its `done` arrived) can be rated */}
      {message.status && message.sessionId && message.messageId && <FeedbackButtons lang={uiLang} sessionId={message.sessionId} messageId={message.messageId} />}
    </li>
  );
}
