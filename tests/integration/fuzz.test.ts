import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, type ErrorCode } from '../../src/core/domain-error.ts';
import { ERROR_MESSAGES } from '../../src/i18n/error-messages.ts';
import { httpStatusOf } from '../../src/server/app-error.ts';
import { documentedErrors } from '../fuzz/documented-errors.ts';
import { HTTP_TARGETS, httpCase, runHttpCase } from '../fuzz/http-fuzz.ts';
import { type SpeechDoubles, startSpeechDoubles } from '../fuzz/speech-doubles.ts';
import { runVoiceCase, voiceAnswers, voiceCase } from '../fuzz/voice-fuzz.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

/**
 * The short fuzz run of `npm test` (issue 13): random and malformed requests against every public endpoint and
 * the voice socket protocol of a real server, with fast-check. The invariants: never a 5xx, every error in the
 * documented shape (docs/api.md's table), an answer before the deadline, no crash or unhandled rejection, and
 * the server still answering afterwards. The long run (100,000 cases each) is `npm run fuzz`; its figures are in
 * docs/quality.md.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const DEADLINE_MS = 10_000;
const documented = documentedErrors();
const unexpected: unknown[] = [];
const record = (error: unknown) => unexpected.push(error);

let doubles: SpeechDoubles;
let server: TestServer;
beforeAll(async () => {
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  doubles = await startSpeechDoubles();
  const unlimited = { points: 1e9, durationSeconds: 60 };
  server = await startTestServer({
    env: { ...doubles.env, LOG_LEVEL: 'fatal' },
    server: { rateLimits: { limits: { perAddress: unlimited, perSession: unlimited, synthesisCharsPerAddress: unlimited } } },
  });
});
afterAll(async () => {
  await server?.close();
  await doubles?.close();
  process.off('unhandledRejection', record);
  process.off('uncaughtException', record);
});

describe('fuzzing the public endpoints', () => {
  it('checks against a table that documents every error code with its status', () => {
    const codes = Object.keys(ERROR_MESSAGES.en) as ErrorCode[];
    expect(Object.fromEntries(codes.map((code) => [code, documented.get(code)]))).toEqual(Object.fromEntries(codes.map((code) => [code, httpStatusOf(new DomainError(code))])));
  });

  it.each(HTTP_TARGETS)('%s: never a 5xx, a hang or an undocumented error', async (target) => {
    await fc.assert(
      fc.asyncProperty(httpCase(target), async (kase) => {
        const outcome = await runHttpCase(server.baseUrl, kase, documented, DEADLINE_MS);
        expect(outcome.problems).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(unexpected).toEqual([]);
  });

  it('the voice socket: random messages, bad frames, connections cut mid-message', async () => {
    const url = `${server.baseUrl.replace('http', 'ws')}/api/voice`;
    await fc.assert(
      fc.asyncProperty(voiceCase, async (kase) => {
        const outcome = await runVoiceCase(url, kase, documented, DEADLINE_MS);
        expect(outcome.problems).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(await voiceAnswers(url, 5_000)).toBe(true);
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    expect(unexpected).toEqual([]);
  });
});
