/**
 * A TCP proxy that holds every chunk for `delayMs` before passing it on, in both directions' order: Redis
 * "slowed to 200 ms per command" (scenario d) without root or tc. Run as a child of the fleet:
 *   node bench/fleet/delay-proxy.ts LISTEN_PORT TARGET_PORT
 * and steered over IPC: `{ delayMs: 200 }`. It prints `listening` when ready. Latency is added, not a
 * throughput limit: pipelined commands each wait the delay once, as behind a slow network.
 */
import { createServer, type Socket, connect } from 'node:net';

const [listenPort, targetPort] = process.argv.slice(2).map(Number);
if (!listenPort || !targetPort) throw new Error('usage: delay-proxy.ts LISTEN_PORT TARGET_PORT');
let delayMs = 0;

/** Copies `from` to `to`, each chunk `delayMs` later than it came (order kept: timers of equal delay fire in order). */
function pipeDelayed(from: Socket, to: Socket): void {
  from.on('data', (chunk) => {
    if (delayMs === 0) to.write(chunk);
    else setTimeout(() => to.writable && to.write(chunk), delayMs);
  });
  from.on('end', () => setTimeout(() => to.end(), delayMs));
  from.on('error', () => to.destroy());
  from.on('close', () => setTimeout(() => to.destroy(), delayMs));
}

const server = createServer((client) => {
  const upstream = connect(targetPort, '127.0.0.1');
  pipeDelayed(client, upstream);
  pipeDelayed(upstream, client);
});
server.listen(listenPort, '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('message', (message: { delayMs?: number }) => {
  if (typeof message.delayMs === 'number') delayMs = message.delayMs;
  process.send?.({ delayMs });
});
process.on('disconnect', () => process.exit(0));
