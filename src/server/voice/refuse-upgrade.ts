import type { Duplex } from 'node:stream';
import type { DomainError } from '../../core/domain-error.ts';
import type { Lang } from '../../core/languages.ts';
import { errorMessageOf, httpStatusOf } from '../app-error.ts';
import { API_CSP, baseSecurityHeaders } from '../security-headers.ts';

/**
 * Answers a WebSocket handshake that is refused before the upgrade with a plain HTTP error: the status of the
 * error table, the security headers every response carries, and the error body of docs/api.md.
 */
export function refuseUpgrade(socket: Duplex, error: DomainError, lang: Lang | undefined, hsts: boolean): void {
  const status = httpStatusOf(error);
  const body = JSON.stringify({ error: { code: error.code, message: errorMessageOf(error, lang), ...error.details } });
  const headers: Record<string, string> = {
    ...baseSecurityHeaders(hsts),
    'Content-Security-Policy': API_CSP,
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = [`HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

const REASONS: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found' };
