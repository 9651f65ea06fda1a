import { errorMessageOf } from '../app-error.ts';
import type { IncomingMessage, Server } from 'node:http';
import type { Http2SecureServer, Http2Server } from 'node:http2';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { VOICE } from '../../config/tunables.ts';
import { langFromAcceptLanguage } from '../../core/languages.ts';
import { DomainError } from '../../core/domain-error.ts';
import { clientAddressOf } from '../client-address.ts';
import type { MaintenanceSwitch } from '../maintenance.ts';
import { CLOSE, type VoiceContext, VoiceConnection } from './voice-connection.ts';

export const VOICE_PATH = '/api/voice';

export interface VoiceServerOptions extends Omit<VoiceContext, 'audioHeld'> {
  /** TRUST_PROXY_HOPS: how the client address is read from X-Forwarded-For. */
  trustedHops: number;
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
 * The WebSocket endpoint /api/voice on the HTTP server (docs/voice.md). Connections are counted per client
 * address and in total; past a limit the client is told why (`too_many_connections`) and the connection closed
 * with 1013 ("try again later"). A ping every VOICE.heartbeatSeconds finds clients that vanished without closing.
 */
export function attachVoiceServer(server: Server | Http2Server | Http2SecureServer, options: VoiceServerOptions): VoiceServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: VOICE.hardMaxPayloadBytes, perMessageDeflate: false, clientTracking: false });
  const connections = new Map<VoiceConnection, { address: string; socket: WebSocket }>();
  const perAddress = new Map<string, number>();
  const log = options.log.child({ component: 'voice' });
  const audioHeld = { bytes: 0 };
  let draining = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => log.debug({ err: error }, 'voice: socket error during the handshake'));
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== VOICE_PATH || request.headers.upgrade?.toLowerCase() !== 'websocket') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const address = clientAddressOf(headerOf(request, 'x-forwarded-for'), request.socket.remoteAddress, options.trustedHops);
      const fallbackLang = langFromAcceptLanguage(headerOf(request, 'accept-language'));
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
      const connection = new VoiceConnection(ws, { ...options, log, audioHeld }, fallbackLang);
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
