import type { Step } from '../step.ts';
import { announce } from './announce.ts';
import { compose } from './compose.ts';
import { detectLanguageStep } from './detect-language.ts';
import { guardInput } from './guard-input.ts';
import { guardOutput } from './guard-output.ts';
import { loadSession } from './load-session.ts';
import { recordTurn } from './record-turn.ts';
import { retrieve } from './retrieve.ts';
import { searchSemantic } from './search-semantic.ts';
import { translateAnswer } from './translate-answer.ts';
import { translateQuestion } from './translate-question.ts';
import { understand } from './understand.ts';
import { validateInput } from './validate-input.ts';

/** The answer pipeline, in order (GOV's composer: the steps in one array). */
export const CHAT_STEPS: readonly Step[] = [
  validateInput,
  loadSession,
  detectLanguageStep,
  translateQuestion,
  announce,
  translateAnswer(guardInput),
  understand,
  retrieve,
  searchSemantic,
  guardOutput(translateAnswer(compose, { refusal: true })),
  recordTurn,
];
