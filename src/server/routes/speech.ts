import { Hono } from 'hono';
import { z } from 'zod';
import { decodeWav, encodeWav } from '../../adapters/speech/audio/wav.ts';
import { COMPRESSED_FORMATS, type CompressedType, encodeAudio } from '../../adapters/speech/local/encode-audio.ts';
import { VOICE } from '../../config/tunables.ts';
import { DEFAULT_LANG, isLang, LANGS, langFromAcceptLanguage } from '../../core/languages.ts';
import { detectLanguage } from '../../pipeline/steps/detect-language.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { AppEnv } from '../app-env.ts';
import type { RequestLimits } from '../request-limits.ts';
import { readBodyBytes, readJsonBody } from '../request-body.ts';
import { recognizeUtterance, type SpeechServices, synthesizeText } from '../voice/speech-services.ts';

const synthesizeBody = z.object({ text: z.string(), lang: z.enum(LANGS).optional() });
const WAV_TYPES = new Set(['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave']);

/**
 * POST /api/speech/synthesize `{ text, lang }` → speech (audio/wav, or audio/ogg / audio/flac when `Accept` asks);
 * POST /api/speech/recognize?lang=… with one short WAV recording → `{ text, lang }` (docs/api.md). The characters
 * to synthesise count against the client's characters-per-minute cap (request-limits.ts).
 */
export function speechRoutes(speech: SpeechServices, limits?: RequestLimits): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/api/speech/synthesize', async (c) => {
    const parsed = synthesizeBody.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      throw new DomainError(field === 'lang' ? 'invalid_lang' : 'invalid_request', { field: field || undefined });
    }
    const text = parsed.data.text.normalize('NFKC');
    const lang = parsed.data.lang ?? detectLanguage(text) ?? langFromAcceptLanguage(c.req.header('accept-language')) ?? DEFAULT_LANG;
    c.set('lang', lang);
    if (text.trim() === '') throw new DomainError('invalid_request', { field: 'text' });
    const length = [...text].length;
    if (length > VOICE.maxSynthesisChars) throw new DomainError('text_too_long', { limit: VOICE.maxSynthesisChars, length });
    const type = negotiateAudioType(c.req.header('accept'));
    const requester = c.get('requester');
    if (limits && requester) await limits.admitSynthesis(requester, length, { path: c.req.path });
    const wav = encodeWav(await synthesizeText(speech, text, lang, c.req.raw.signal));
    const body = type === 'audio/wav' ? wav : await encodeAudio(wav, type, c.req.raw.signal);
    return c.body(new Uint8Array(body), 200, { 'content-type': type, 'content-language': lang, 'cache-control': 'no-store' });
  });

  app.post('/api/speech/recognize', async (c) => {
    const lang = c.req.query('lang') ?? langFromAcceptLanguage(c.req.header('accept-language'));
    if (!isLang(lang)) throw new DomainError('invalid_lang');
    c.set('lang', lang);
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!WAV_TYPES.has(type)) throw new DomainError('unsupported_media_type', { expected: 'audio/wav' });
    const body = await readBodyBytes(c.req.raw, VOICE.maxRecordingBytes, () => new DomainError('audio_too_long', { limitBytes: VOICE.maxRecordingBytes }));
    if (!body) throw new DomainError('audio_invalid', { reason: 'no body' });
    const audio = decodeWav(body);
    const { min, max } = VOICE.recordingSampleRates;
    if (audio.sampleRate < min || audio.sampleRate > max) throw new DomainError('audio_invalid', { reason: `sample rate not within ${min}-${max} Hz`, sampleRate: audio.sampleRate });
    const { text } = await recognizeUtterance(speech, audio, lang, c.req.raw.signal);
    return c.json({ text, lang });
  });

  return app;
}

/** The audio type to answer with: the first the client accepts (by q) of WAV, Ogg Vorbis and FLAC. */
export function negotiateAudioType(accept: string | undefined): 'audio/wav' | CompressedType {
  if (!accept) return 'audio/wav';
  const ranked = accept
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.type && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of ranked) {
    if (WAV_TYPES.has(type) || type === 'audio/*' || type === '*/*') return 'audio/wav';
    if (type in COMPRESSED_FORMATS) return type as CompressedType;
  }
  throw new DomainError('not_acceptable', { available: ['audio/wav', ...Object.keys(COMPRESSED_FORMATS)] });
}
