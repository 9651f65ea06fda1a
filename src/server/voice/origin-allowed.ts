/**
 * Whether a page of `origin` may open the voice socket: the app's own origin (whose host is the request's Host),
 * or one of VOICE_ALLOWED_ORIGINS. A browser always sends Origin on a WebSocket handshake and a page cannot change
 * it, so this is what stops other websites from using their visitors' browsers against our quota. A request with
 * no Origin is not from a browser page (a native app, a tool): it gets in, and meets the rate limits like any other.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false; // `null` (a sandboxed frame, a file: page) included
  const { origin: normalised, host: originHost } = new URL(origin);
  if (allowed.some((entry) => new URL(entry).origin === normalised)) return true;
  return host !== undefined && originHost === host.toLowerCase();
}
