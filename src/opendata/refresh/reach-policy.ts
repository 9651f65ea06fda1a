import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { FetchError, type HttpRequest } from './fetch-limited.ts';

/**
 * Where the refresh may reach (issue 13): the catalogue gives URLs written by hundreds of publishers, and a URL
 * or a redirect must never make the server call its own network (the metadata server, Redis, another
 * instance) or read a local file.
 */
export interface ReachPolicy {
  /** Only https URLs (production); otherwise http too (the tests' local catalogue double). */
  httpsOnly: boolean;
  /** Hosts that may be called: `host`, `host:port`, or `*.suffix` for every host under a domain. */
  allowedHosts: readonly string[];
  /** Refuse loopback, private, link-local and other non-public addresses, literal or resolved (production). */
  publicAddressesOnly: boolean;
  /** Redirects followed per request, each one checked like the first URL. */
  maxRedirects: number;
}

/** Resolves a host name to its addresses (injectable: tests resolve without DNS). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Addresses that are not on the public internet (RFC 1918, 6598, 3927, 4193, loopback, multicast, reserved). */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is outside the public internet (an IPv4-mapped IPv6 address is judged as IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return NOT_PUBLIC.check(mapped, 'ipv4');
  const family = isIP(bare);
  if (family === 0) return false;
  return NOT_PUBLIC.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the URL's host is on the allowlist (`host`, `host:port`, `*.suffix`), case-insensitively. */
export function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const host = url.host.toLowerCase();
  return allowedHosts.some((entry) => {
    const allowed = entry.trim().toLowerCase();
    if (allowed.startsWith('*.')) return hostname.endsWith(allowed.slice(1)) && !url.port;
    return allowed === host || (allowed === hostname && !url.port);
  });
}

/**
 * The URL if the policy lets the refresh call it; otherwise a `refused` FetchError naming the rule. Nothing is
 * sent for a refused URL: `file:`, `data:` and other schemes, http in production, credentials in the URL, a host
 * off the allowlist, a literal non-public address in production.
 */
export function checkReach(raw: string, policy: ReachPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    if (error instanceof TypeError) throw new FetchError('refused', `not a URL: ${raw.slice(0, 200)}`);
    throw error;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FetchError('refused', `${url.protocol} URLs are not fetched: ${raw.slice(0, 200)}`);
  if (url.protocol === 'http:' && policy.httpsOnly) throw new FetchError('refused', `http is refused in production (https only): ${url.href}`);
  if (url.username || url.password) throw new FetchError('refused', `a URL with credentials is not fetched: ${url.host}`);
  if (policy.publicAddressesOnly && isNonPublicAddress(url.hostname)) throw new FetchError('refused', `${url.hostname} is not a public address`);
  if (!isAllowedHost(url, policy.allowedHosts)) throw new FetchError('refused', `${url.host} is not on the refresh's allowlist of hosts`);
  return url;
}

/**
 * Wraps the one door to the network so that every URL, the first and each redirect, is checked by the policy
 * before anything is sent: redirects are followed here (at most `maxRedirects`), never by fetch, so a redirect
 * from an allowed host to a private address or another host is refused. In production the host's resolved
 * addresses are checked too (a public name pointing at a private address).
 */
export function guardRequest(request: HttpRequest, policy: ReachPolicy, resolve: ResolveHost = resolveAll): HttpRequest {
  return async (first, init) => {
    let current = first;
    for (let hop = 0; ; hop += 1) {
      const url = checkReach(current, policy);
      if (policy.publicAddressesOnly) await checkResolved(url.hostname, resolve);
      const response = await request(url.href, { ...init, redirect: 'manual' });
      if (!REDIRECTS.has(response.status)) return response;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new FetchError('status', `HTTP ${response.status} without a Location from ${url.href}`);
      if (hop >= policy.maxRedirects) throw new FetchError('refused', `more than ${policy.maxRedirects} redirects from ${first}`);
      current = new URL(location, url).href;
    }
  };
}

async function checkResolved(hostname: string, resolve: ResolveHost): Promise<void> {
  if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) return; // a literal was checked by checkReach
  const addresses = await resolve(hostname);
  const inside = addresses.find(isNonPublicAddress);
  if (inside) throw new FetchError('refused', `${hostname} resolves to ${inside}, not a public address`);
}

async function resolveAll(hostname: string): Promise<string[]> {
  return (await dnsLookup(hostname, { all: true })).map((entry) => entry.address);
}

/** The policy of a deployment: https and public addresses only in production; the catalogue's host is always allowed. */
export function reachPolicyFor(options: { production: boolean; catalogBaseUrl: string; allowedHosts: readonly string[]; maxRedirects: number }): ReachPolicy {
  const catalogue = new URL(options.catalogBaseUrl).host;
  return {
    httpsOnly: options.production,
    publicAddressesOnly: options.production,
    allowedHosts: [catalogue, ...options.allowedHosts],
    maxRedirects: options.maxRedirects,
  };
}
