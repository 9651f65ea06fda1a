import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

/** HSTS: two years, subdomains too (sent only in production, where the service is reached over https only). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The CSP of everything that is not the page (JSON, audio, errors): nothing loads, nothing frames it. The page and
 * its files get their own (page-csp.ts), set by the web client's routes.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries, the voice socket's refusals included (docs/security.md). */
export function baseSecurityHeaders(hsts: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    // the microphone (voice) and location (near me) for the app's own pages only; nothing else
    'Permissions-Policy': 'microphone=(self), geolocation=(self), camera=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/**
 * Sets the security headers on every response once it is made, errors and streams included; a route's own CSP
 * (the page's) is kept. API answers are never stored by a cache: they carry session ids and answers.
 */
export function securityHeaders({ hsts }: { hsts: boolean }): MiddlewareHandler<AppEnv> {
  const headers = Object.entries(baseSecurityHeaders(hsts));
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', API_CSP);
    if (c.req.path.startsWith('/api/') || c.res.status >= 400) c.res.headers.set('Cache-Control', 'no-store');
  };
}
