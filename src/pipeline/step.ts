import type { ChatContext } from './context.ts';
import type { ChatEvent } from '../core/chat.ts';

/** One step of the answer pipeline. A step may stream events (compose does); most only change the context. */
export interface Step {
  name: string;
  /** Runs even after an earlier step stopped the turn or the client went away (recording the turn). */
  always?: boolean;
  run(ctx: ChatContext): AsyncIterable<ChatEvent> | Promise<void> | void;
}
