import { isIP } from 'node:net';

/**
 * The address of the client that sent a request, as the proxies in front of the server saw it.
 *
 * Each trusted proxy appends the address it received the request from to X-Forwarded-For, so the entries a
 * client can forge are on the left and the trustworthy ones on the right. Behind Cloud Run's front end
 * (`trustedHops` 1) the client is the right-most entry; with an external load balancer in front of Cloud Run
 * (2), the second from the right; and so on. With 0, or when the header has fewer entries than trusted hops
 * (the request did not come through them all), the header is ignored and the socket's address is used.
 */
export function clientAddressOf(forwardedFor: string | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const socket = normaliseAddress(socketAddress) ?? 'unknown';
  if (trustedHops === 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (hops.length < trustedHops) return socket;
  return normaliseAddress(hops[hops.length - trustedHops]) ?? socket;
}

/** An IP address without port or brackets, IPv4-mapped IPv6 as IPv4; undefined when it is not an address. */
function normaliseAddress(raw: string | undefined): string | undefined {
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

/** 127.0.0.0/8 or ::1. */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}
