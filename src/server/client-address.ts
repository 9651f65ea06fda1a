import { BlockList, isIP } from 'node:net';

/** Which proxies in front of the server are believed (TRUST_PROXY_HOPS, TRUSTED_PROXY_RANGES). */
export interface ProxyTrust {
  /** Proxies always in front that append to X-Forwarded-For (Cloud Run's front end: 1); 0 ignores the header. */
  hops: number;
  /** Proxies that may also be in front (the external load balancer): their entries are skipped. */
  proxies?: BlockList;
}

/** No forwarded header is believed: the address is the socket's (the default, and a server reached directly). */
export const TRUST_NO_PROXY: ProxyTrust = { hops: 0 };

/** The trust the settings describe; the ranges were validated by the env schema. */
export function proxyTrustOf(hops: number, ranges: readonly string[] = []): ProxyTrust {
  if (ranges.length === 0) return { hops };
  const proxies = new BlockList();
  for (const range of ranges) {
    const [address = '', prefix] = range.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) proxies.addAddress(address, family);
    else proxies.addSubnet(address, Number(prefix), family);
  }
  return { hops, proxies };
}

/**
 * The address of the client that sent a request, as the proxies in front of the server saw it.
 *
 * Each proxy appends the address it received the request from to X-Forwarded-For, so the entries a client can
 * forge are on the left and the trustworthy ones on the right. The client is the entry `hops` from the right
 * (Cloud Run's front end: the right-most); when that entry is a trusted proxy's (Google's external load balancer
 * appends `<client>,<load-balancer-ip>`), the client is the next one to its left, and so on. With 0 hops, or when
 * the header has fewer entries than hops (the request did not come through them all), the header is ignored and
 * the socket's address is used.
 */
export function clientAddressOf(forwardedFor: string | undefined, socketAddress: string | undefined, trust: ProxyTrust): string {
  const socket = normaliseAddress(socketAddress) ?? 'unknown';
  if (trust.hops === 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  let at = hops.length - trust.hops;
  if (at < 0) return socket;
  let address = normaliseAddress(hops[at]);
  while (address && at > 0 && isTrustedProxy(address, trust.proxies)) {
    at -= 1;
    address = normaliseAddress(hops[at]);
  }
  return address ?? socket;
}

function isTrustedProxy(address: string, proxies: BlockList | undefined): boolean {
  return proxies?.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4') ?? false;
}

/** An IP address without port or brackets, IPv4-mapped IPv6 as IPv4; undefined when it is not an address. */
export function normaliseAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let address = raw.trim();
  // eslint-disable-next-line security/detect-unsafe-regex -- anchored, one optional group
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  // eslint-disable-next-line security/detect-unsafe-regex -- anchored, bounded repeats
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, '');
  if (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : undefined;
}

/** 127.0.0.0/8 or ::1 (an address as normaliseAddress gives it). */
export function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^127\./.test(address ?? '');
}
