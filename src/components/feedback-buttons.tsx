'use client';

import { useId, useState } from 'react';
import { type PageLang, uiStrings } from '../i18n/page-languages.ts';
import { sendFeedback } from './chat-client.ts';
import { ThumbDownIcon, ThumbUpIcon } from './icons.tsx';

type Rating = 'up' | 'down';

/** Thumbs up or down on one answer (POST /api/feedback). The user may change their mind; the last one counts. */
export function FeedbackButtons({ lang, sessionId, messageId }: { lang: PageLang; sessionId: string; messageId: string }) {
  const t = uiStrings(lang);
  const questionId = useId();
  const [rating, setRating] = useState<Rating | null>(null);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);

  const rate = (next: Rating) => {
    setRating(next);
    setResult(null);
    sendFeedback({ sessionId, messageId, rating: next })
      .then(() => setResult('sent'))
      .catch((error: unknown) => {
        console.warn('feedback failed', error);
        setResult('failed');
      });
  };

  return (
    <div className="feedback" role="group" aria-labelledby={questionId}>
      <span id={questionId} className="feedback-question">
        {t.feedbackQuestion}
      </span>
      {(['up', 'down'] as const).map((value) => (
        <button key={value} type="button" className="icon-button" aria-pressed={rating === value} onClick={() => rate(value)} title={value === 'up' ? t.helpful : t.notHelpful}>
          {value === 'up' ? <ThumbUpIcon /> : <ThumbDownIcon />}
          <span className="visually-hidden">{value === 'up' ? t.helpful : t.notHelpful}</span>
        </button>
      ))}
      <span role="status" className={result === 'failed' ? 'feedback-result feedback-result--failed' : 'feedback-result'}>
        {result === 'sent' ? t.feedbackThanks : result === 'failed' ? t.feedbackFailed : ''}
      </span>
    </div>
  );
}
