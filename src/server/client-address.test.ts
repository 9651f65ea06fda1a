import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadEnv } from '../config/env.ts';
import { clientAddressOf, proxyTrustOf, TRUST_NO_PROXY } from './client-address.ts';

const CLIENT = '203.0.113.7';
const FORGED = '192.0.2.99';
/** The external load balancer's forwarding-rule address (what `LB_ADDRESSES` names at deploy). */
const LB = '198.51.100.10';
/** What the container sees as the peer on Cloud Run (the front end), never the client. */
const FRONT_END = '169.254.1.1';

describe('client address', () => {
  it.each([
    ['the right-most entry behind one proxy', '198.51.100.1, 203.0.113.9', '10.0.0.1', 1, '203.0.113.9'],
    ['a forged left entry is ignored', '1.2.3.4, 203.0.113.9', '10.0.0.1', 1, '203.0.113.9'],
    ['the second from the right behind two proxies', '203.0.113.9, 35.191.0.1', '10.0.0.1', 2, '203.0.113.9'],
    ['the socket when there are fewer entries than hops', '203.0.113.9', '10.0.0.1', 2, '10.0.0.1'],
    ['the socket when the header is not trusted', '203.0.113.9', '10.0.0.1', 0, '10.0.0.1'],
    ['IPv6, and IPv4-mapped IPv6', '2001:db8::1', '::ffff:10.0.0.1', 1, '2001:db8::1'],
    ['the socket when the entry is not an address', 'garbage', '::ffff:10.0.0.1', 1, '10.0.0.1'],
  ])('%s', (_name, header, socket, hops, expected) => {
    expect(clientAddressOf(header, socket, { hops })).toBe(expected);
  });

  it('believes no forwarded header by default: a client cannot choose its own address', () => {
    const env = loadEnv({ NODE_ENV: 'test' });
    expect(env.TRUST_PROXY_HOPS).toBe(0);
    const trust = proxyTrustOf(env.TRUST_PROXY_HOPS, env.TRUSTED_PROXY_RANGES);
    expect(clientAddressOf(`${FORGED}`, '198.51.100.77', trust)).toBe('198.51.100.77');
    expect(clientAddressOf(`${FORGED}, 192.0.2.100`, '198.51.100.77', trust)).toBe('198.51.100.77');
    expect(clientAddressOf(FORGED, '198.51.100.77', TRUST_NO_PROXY)).toBe('198.51.100.77');
  });

  it('skips trusted proxy entries from the right, by address or range, and stops at the first other one', () => {
    const trust = proxyTrustOf(1, ['198.51.100.0/24', '2001:db8:ffff::/48']);
    expect(clientAddressOf(`${FORGED}, ${CLIENT}, 198.51.100.3, 198.51.100.4`, FRONT_END, trust)).toBe(CLIENT);
    expect(clientAddressOf(`${CLIENT}, 2001:db8:ffff::1`, FRONT_END, trust)).toBe(CLIENT);
    // a trusted entry on the left of the client's is never reached
    expect(clientAddressOf(`198.51.100.3, ${CLIENT}`, FRONT_END, trust)).toBe(CLIENT);
  });
});

/**
 * The Cloud Run service file's values, against the X-Forwarded-For shapes Google documents: its external
 * Application Load Balancer sends `<supplied-value>,<client-ip>,<load-balancer-ip>` (the client's own header, if
 * any, then the two entries it adds), and Cloud Run's front end, reached at the service's run.app URL, appends the
 * address it was reached from. Ingress is `all` (the deploy checks a revision through its tag URL), so both ways in
 * must give the client, and neither may let a client choose its address.
 */
describe('the Cloud Run service file finds the client behind Google’s load balancer', () => {
  const service = parse(readFileSync(path.resolve(import.meta.dirname, '../../ops/cloudrun/service.yaml'), 'utf8')) as {
    spec: { template: { spec: { containers: Array<{ env: Array<{ name: string; value?: string }> }> } } };
  };
  const variables = Object.fromEntries(service.spec.template.spec.containers[0]?.env.map(({ name, value }) => [name, value]) ?? []);
  // the deploy fills ${LB_ADDRESSES} with the forwarding rules' addresses (ops/scripts/deploy-blue-green.sh)
  const env = loadEnv({ NODE_ENV: 'production', TRUST_PROXY_HOPS: variables.TRUST_PROXY_HOPS, TRUSTED_PROXY_RANGES: variables.TRUSTED_PROXY_RANGES?.replace('${LB_ADDRESSES}', `${LB},2001:db8::10`) });
  const trust = proxyTrustOf(env.TRUST_PROXY_HOPS, env.TRUSTED_PROXY_RANGES);

  it.each([
    ['through the load balancer', `${CLIENT},${LB}`],
    ['through the load balancer, the client having sent its own header', `${FORGED},${CLIENT},${LB}`],
    ['through the load balancer over IPv6', `2001:db8:1::7,2001:db8::10`],
    ['at the run.app URL', CLIENT],
    ['at the run.app URL, the client having sent its own header', `${FORGED},${CLIENT}`],
    ['at the run.app URL, the client having forged the load balancer too', `${FORGED},${LB},${CLIENT}`],
  ])('%s', (_way, header) => {
    const expected = header.startsWith('2001:db8:1::7') ? '2001:db8:1::7' : CLIENT;
    expect(clientAddressOf(header, FRONT_END, trust)).toBe(expected);
  });

  it('would be spoofable with the two hops it had: a forged entry becomes the client at the run.app URL', () => {
    expect(clientAddressOf(`${FORGED},${CLIENT}`, FRONT_END, { hops: 2 })).toBe(FORGED);
    expect(clientAddressOf(`${FORGED},${CLIENT}`, FRONT_END, trust)).toBe(CLIENT);
  });
});
