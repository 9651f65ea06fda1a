import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../adapters/session-store/memory-session-store.ts';
import { BoundedLabel, closedLabel, OTHER } from './bounded-label.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';

const log = createLogger({ destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });

describe('createMetrics', () => {
  it('exposes the container limits as gauges when the cgroup has them', async () => {
    const metrics = createMetrics({ countSessions: () => new MemorySessionStore().countActive(), log, collectDefaults: false, limits: { memoryBytes: 2 ** 31, cpuCores: 2 } });
    const text = await metrics.registry.metrics();
    expect(text).toContain('process_memory_limit_bytes 2147483648');
    expect(text).toContain('process_cpu_limit_cores 2');
  });

  it('leaves them out when unknown, rather than exposing a zero an alert would divide by', async () => {
    const metrics = createMetrics({ countSessions: () => new MemorySessionStore().countActive(), log, collectDefaults: false, limits: {} });
    expect(await metrics.registry.metrics()).not.toContain('_limit_');
  });

  it('still answers a scrape when the session store fails, keeping the last count', async () => {
    const sessions = new MemorySessionStore();
    const metrics = createMetrics({ countSessions: () => sessions.countActive(), log, collectDefaults: false, limits: {} });
    expect(await metrics.registry.metrics()).toContain('active_sessions_total 0');
    sessions.countActive = () => Promise.reject(new Error('redis down'));
    expect(await metrics.registry.metrics()).toContain('active_sessions_total 0');
  });
});

describe('bounded labels', () => {
  it('keeps the first values from code and folds anything past the cap into other', () => {
    const label = new BoundedLabel(2);
    expect([label.of('gemini'), label.of('catalog'), label.of('third'), label.of('gemini')]).toEqual(['gemini', 'catalog', OTHER, 'gemini']);
    expect(new BoundedLabel(5).of('x'.repeat(65))).toBe(OTHER);
  });

  it('maps a value outside a closed list to other', () => {
    expect([closedLabel('ko', ['ja', 'ko']), closedLabel('xx', ['ja']), closedLabel(undefined, ['ja'])]).toEqual(['ko', OTHER, OTHER]);
  });
});
