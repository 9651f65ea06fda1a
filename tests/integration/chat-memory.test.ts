import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/pipeline/context.ts';
import { recordTurn } from '../../src/pipeline/steps/record-turn.ts';
import { postJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

// A turn's context must be collectable once its response is sent. A listener on the request's signal once kept
// every ChatContext (and its session, places and answer) alive: 450 MB of heap after 15,000 turns.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let server: TestServer;
let restoreRecordTurn = () => undefined as void;
const contexts: Array<WeakRef<ChatContext>> = [];
beforeAll(async () => {
  server = await startTestServer();
  // the observer sees a summary of each turn, not its context: the step that always runs last holds it
  const run = recordTurn.run;
  recordTurn.run = (ctx) => {
    contexts.push(new WeakRef(ctx));
    return run(ctx);
  };
  restoreRecordTurn = () => {
    recordTurn.run = run;
  };
});
afterAll(async () => {
  restoreRecordTurn();
  await server.close();
});

describe('chat turns leave nothing behind', () => {
  it('lets the context of every finished turn be collected, JSON and streamed', async () => {
    for (let i = 0; i < 40; i += 1) {
      const headers: Record<string, string> = i % 2 === 0 ? {} : { accept: 'text/event-stream' };
      const response = await fetch(`${server.baseUrl}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ message: i % 3 === 0 ? '大井町駅の近くの避難所' : 'Shelters near Shibuya station' }),
      });
      await response.text();
    }
    expect(contexts).toHaveLength(40);
    // finalizers of the runtime's own request objects run between collections: give them a few turns
    // (the last turn may stay referenced by its keep-alive connection until the next request comes)
        // (a WeakRef's target stays alive until the end of the job that called deref(): collect in a later task)
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    for (let round = 0; round < 10 && contexts.some((ref) => ref.deref()); round += 1) {
      await tick();
      gc();
      await tick();
    }
    const alive = contexts.map((ref, i) => (ref.deref() ? i : -1)).filter((i) => i >= 0);
    expect(alive).toEqual([]);
    const health = await postJson(server.baseUrl, '/api/chat', { message: '品川区の避難所' });
    expect(health.status).toBe(200);
  });
});
