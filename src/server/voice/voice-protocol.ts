import { z } from 'zod';
import { VOICE } from '../../config/tunables.ts';
import { LANGS, type Lang } from '../../core/languages.ts';
import type { ChatEvent } from '../../core/chat.ts';
import { SESSION_ID } from '../chat-request.ts';

/** docs/voice.md: the JSON messages a client sends on /api/voice (audio goes in binary frames). */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    lang: z.enum(LANGS).optional(),
    sessionId: z.string().regex(SESSION_ID).optional(),
    sampleRate: z
      .number()
      .int()
      .refine((rate) => (VOICE.acceptedSampleRates as readonly number[]).includes(rate))
      .default(16_000),
    format: z.literal('pcm_s16le').default('pcm_s16le'),
    mode: z.enum(['turn', 'conversation']).default('turn'),
    /** `transcript`: recognise only (the client sends the question to /api/chat itself). */
    reply: z.enum(['answer', 'transcript']).default('answer'),
    /** False: the answer as text only, no audio. */
    speak: z.boolean().default(true),
    location: z.object({ lat: z.number().finite().min(-90).max(90), lon: z.number().finite().min(-180).max(180) }).optional(),
  }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('transcript'), text: z.string().min(1) }),
  z.object({ type: z.literal('speak'), text: z.string().min(1), lang: z.enum(LANGS).optional() }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('ping') }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type StartMessage = Extract<ClientMessage, { type: 'start' }>;

/** What the server sends as JSON; `audio` is followed by one binary frame of `bytes` bytes (a WAV). */
export type ServerMessage =
  | {
      type: 'ready';
      lang: Lang;
      sampleRate: number;
      /** `server`: this server recognises the language; `none`: send `transcript` messages (browser recognition). */
      recognition: 'server' | 'none';
      limits: { maxUtteranceSeconds: number; maxFrameBytes: number; idleTimeoutSeconds: number };
    }
  /** `decodeMs`: the recogniser's own time (process start and model loading included), for clients and benchmarks. */
  | { type: 'transcript'; text: string; final: boolean; decodeMs?: number }
  | ChatEvent
  /** The end of a `speak` or of a recognise-only turn (an answered turn ends with ChatEvent `done` and its status). */
  | { type: 'done' }
  | { type: 'audio'; seq: number; format: 'wav'; sampleRate: number; bytes: number; text: string }
  | { type: 'cancelled' }
  | { type: 'pong' }
  | { type: 'error'; code: string; message: string; [detail: string]: unknown };
