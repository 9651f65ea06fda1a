import type { Lang } from '../../core/languages.ts';
import type { ChatEvent } from '../chat-api.ts';

/**
 * The /api/voice protocol as a client sees it (docs/voice.md). Declared here, not imported from the server:
 * the page is a client like the native apps and depends on the wire format only.
 */
export interface StartOptions {
  lang?: Lang;
  sessionId?: string;
  /** Of the PCM frames sent (16-bit little-endian mono); 16000 unless said. */
  sampleRate?: number;
  /** `turn`: the server closes after one answer; `conversation`: it stays open for the next. */
  mode?: 'turn' | 'conversation';
  /** `transcript`: recognise only; the page sends the question to /api/chat itself. */
  reply?: 'answer' | 'transcript';
  /** False: the answer as text only. */
  speak?: boolean;
  location?: { lat: number; lon: number };
}

export type ClientMessage =
  | ({ type: 'start'; format?: 'pcm_s16le' } & StartOptions)
  | { type: 'end' }
  | { type: 'transcript'; text: string }
  | { type: 'speak'; text: string; lang?: Lang }
  | { type: 'cancel' }
  | { type: 'ping' };

export interface ReadyMessage {
  type: 'ready';
  lang: Lang;
  sampleRate: number;
  /** `none`: the server cannot recognise this language; send `transcript` (the browser's recognition) instead. */
  recognition: 'server' | 'none';
  limits: { maxUtteranceSeconds: number; maxFrameBytes: number; idleTimeoutSeconds: number };
}

export interface AudioInfo {
  type: 'audio';
  seq: number;
  format: 'wav';
  sampleRate: number;
  bytes: number;
  /** The sentence this chunk says. */
  text: string;
}

export type ServerMessage =
  | ReadyMessage
  | { type: 'transcript'; text: string; final: boolean; decodeMs?: number }
  | Exclude<ChatEvent, { type: 'done' } | { type: 'error' }>
  | AudioInfo
  | { type: 'done'; status?: string }
  | { type: 'cancelled' }
  | { type: 'pong' }
  | { type: 'error'; code: string; message: string };
