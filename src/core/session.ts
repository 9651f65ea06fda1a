import type { Lang } from './languages.ts';
import type { Status } from './status.ts';
import type { Anchor, QuestionFrame } from './question-frame.ts';
import type { TopicId } from './topic-ids.ts';

export interface Turn {
  messageId: string;
  /** The question as asked, with personal data redacted. */
  question: string;
  answer: string;
  status: Status;
  lang: Lang;
  sourceIds: string[];
  /** Epoch milliseconds. */
  at: number;
  feedback?: { rating: 'up' | 'down'; comment?: string };
}

/** What a follow-up question inherits ("what about near Oimachi station?" stays on shelters). */
export interface ConversationContext {
  topic?: TopicId;
  /** Municipality named last (Japanese name). */
  ward?: string;
  /** Last station, landmark or location the answer was measured from. */
  anchor?: Anchor;
  /** The previous answered question, as understood: "its hours", "which of those …" read against it. */
  frame?: StoredFrame;
}

/** The parts of a question's frame a follow-up can inherit. */
export type StoredFrame = Pick<QuestionFrame, 'intent' | 'topic' | 'placeIds' | 'attribute' | 'filters' | 'anchor' | 'ward'>;

export interface Session {
  id: string;
  createdAt: number;
  updatedAt: number;
  lang?: Lang;
  turns: Turn[];
  context: ConversationContext;
}

export function newSession(id: string, now: number): Session {
  return { id, createdAt: now, updatedAt: now, turns: [], context: {} };
}
