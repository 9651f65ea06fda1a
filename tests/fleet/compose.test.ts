import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}

/** compose.yaml describes the fleet that `npm run fleet` runs (ops/fleet/haproxy.cfg is shared by both). */
describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };

  it('has three app instances built from the Dockerfile, sharing one Redis', () => {
    const apps = ['app1', 'app2', 'app3'].map((name) => compose.services[name] as Service);
    for (const app of apps) {
      expect(app.build).toBeDefined();
      expect(app.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', TRUST_PROXY_HOPS: '2', MAX_CONCURRENT_REQUESTS: '80' });
    }
  });

  it('keeps Redis in an append-only file written every second', () => {
    expect(compose.services.redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes', '--appendfsync', 'everysec']));
  });

  it('puts the fleet HAProxy configuration, with its error pages, in front of the three', () => {
    const lb = compose.services.lb as Service;
    expect(lb.volumes).toEqual(expect.arrayContaining(['./ops/fleet/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro', './ops/fleet/errors:/usr/local/etc/haproxy/errors:ro']));
    expect(lb.environment).toMatchObject({ APP1: 'app1:3000', APP2: 'app2:3000', APP3: 'app3:3000' });
  });
});
