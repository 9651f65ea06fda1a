import { errorMessageOf } from '../app-error.ts';
import type { IncomingMessage, Server } from 'node:http';
import type { Http2SecureServer, Http2Server } from 'node:http2';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { VOICE } from '../../config/tunables.ts';
import { langFromAcceptLanguage } from '../../core/languages.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { MaintenanceSwitch } from '../maintenance.ts';
import { createRateLimiters, RequestLimits } from '../request-limits.ts';
import { originAllowed } from './origin-allowed.ts';
import { refuseUpgrade } from './refuse-upgrade.ts';
import { CLOSE, type VoiceContext, VoiceConnection } from './voice-connection.ts';

export const VOICE_PATH = '/api/voice';

export interface VoiceServerOptions extends Omit<VoiceContext, 'audioHeld' | 'limits' | 'requester'> {
  /** The limiter the HTTP API uses (request-limits.ts): turns and readings count there, per address and session. */
  limits?: RequestLimits;
  /** VOICE_ALLOWED_ORIGINS: pages of these origins may connect, besides the app's own. */
  allowedOrigins?: readonly string[];
  /** NODE_ENV=production: refusals carry HSTS like every other answer. */
  production?: boolean;
  /** VOICE.heartbeatSeconds, in milliseconds, unless a test wants it shorter. */
  heartbeatMs?: number;
  /** While maintenance is on, new connections are told so and closed (as the HTTP API answers 503). */
  maintenance?: Pick<MaintenanceSwitch, 'status'>;
}

export interface VoiceServer {
  /** Open voice connections. */
  connectionCount(): number;
  /** Bytes of utterance audio held right now (0 when no one is speaking: tests check nothing stays behind). */
  heldAudioBytes(): number;
  /**
   * The drain at SIGTERM: refuses new connections, lets each running turn finish, then closes every connection
   * with 1012 so that its client reconnects elsewhere. Resolves when all are closed.
   */
  drain(): Promise<void>;
  /** Closes every connection (their turns are aborted, engines killed), stops accepting new ones and the engines' spares. */
  close(): Promise<void>;
}

/**
 * The WebSocket endpoint /api/voice on the HTTP server (docs/voice.md). A browser page of another origin is
 * refused before the handshake (403 `origin_not_allowed`), so no website can spend our speech and model quota
 * through its visitors. Connections are counted per client address and in total; past a limit the client is told
 * why (`too_many_connections`) and the connection closed with 1013 ("try again later"). Every turn and reading
 * counts against the HTTP API's limiter. A ping every VOICE.heartbeatSeconds finds clients that vanished.
 */
export function attachVoiceServer(server: Server | Http2Server | Http2SecureServer, options: VoiceServerOptions): VoiceServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: VOICE.hardMaxPayloadBytes, perMessageDeflate: false, clientTracking: false });
  const connections = new Map<VoiceConnection, { address: string; socket: WebSocket }>();
  const perAddress = new Map<string, number>();
  const log = options.log.child({ component: 'voice' });
  const audioHeld = { bytes: 0 };
  const limits = options.limits ?? new RequestLimits(createRateLimiters(), { log });
  let draining = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => log.debug({ err: error }, 'voice: socket error during the handshake'));
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const fallbackLang = langFromAcceptLanguage(headerOf(request, 'accept-language'));
    if (path !== VOICE_PATH || request.headers.upgrade?.toLowerCase() !== 'websocket') {
      refuseUpgrade(socket, new DomainError('not_found'), fallbackLang, options.production ?? false);
      return;
    }
    const origin = headerOf(request, 'origin');
    if (!originAllowed(origin, headerOf(request, 'host'), options.allowedOrigins)) {
      options.deps.events?.emit('security', { kind: 'origin_refused', detail: { origin: origin?.slice(0, 256), path } });
      refuseUpgrade(socket, new DomainError('origin_not_allowed'), fallbackLang, options.production ?? false);
      return;
    }
    const requester = limits.requesterOf(headerOf(request, 'x-forwarded-for'), request.socket.remoteAddress);
    wss.handleUpgrade(request, socket, head, (ws) => {
      const address = requester.address;
      ws.on('error', (error) => log.info({ err: error }, 'voice: connection error')); // e.g. a frame past maxPayload: ws closes with 1009
      const open = perAddress.get(address) ?? 0;
      const maintenance = options.maintenance?.status();
      const refusal = maintenance?.enabled
        ? new DomainError('maintenance', { retryAfterSeconds: maintenance.retryAfterSeconds })
        : draining
          ? new DomainError('unavailable', { retryAfterSeconds: 1 })
          : open >= VOICE.maxConnectionsPerClient || connections.size >= VOICE.maxConnections
          ? new DomainError('too_many_connections', { limit: VOICE.maxConnectionsPerClient })
          : undefined;
      if (refusal) {
        ws.send(JSON.stringify({ type: 'error', code: refusal.code, message: errorMessageOf(refusal, fallbackLang), ...refusal.details }));
        ws.close(CLOSE.tryLater, refusal.code);
        return;
      }
      const connection = new VoiceConnection(ws, { ...options, log, audioHeld, limits, requester }, fallbackLang);
      connections.set(connection, { address, socket: ws });
      perAddress.set(address, open + 1);
      ws.once('close', () => {
        connections.delete(connection);
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
    });
  };
  server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const [connection, { socket }] of connections) {
      if (!connection.alive) {
        socket.terminate();
        continue;
      }
      connection.alive = false;
      socket.ping();
    }
  }, options.heartbeatMs ?? VOICE.heartbeatSeconds * 1000);
  heartbeat.unref();

  return {
    connectionCount: () => connections.size,
    heldAudioBytes: () => audioHeld.bytes,
    async drain() {
      draining = true;
      const closed = [...connections.entries()].map(
        ([connection, { socket }]) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            connection.closeAfterTurn();
          }),
      );
      await Promise.all(closed);
    },
    async close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      const closing = [...connections.values()].map(
        ({ socket }) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            socket.close(CLOSE.goingAway, 'server shutting down');
            // a client that does not answer the close handshake is cut off
            setTimeout(() => socket.terminate(), 1_000).unref();
          }),
      );
      for (const connection of connections.keys()) connection.dispose();
      await Promise.all(closing);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await options.speech.close();
    },
  };
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
