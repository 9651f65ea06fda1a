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

/**
 * Copies `from` to `to`, each chunk `delayMs` later than it came. Order is kept also when the delay changes: a
 * chunk never leaves before one that came earlier (a chunk overtaking another would mix up Redis's replies).
 */
function pipeDelayed(from: Socket, to: Socket): void {
  const queue: Array<{ at: number; action: () => void }> = [];
  let timer: NodeJS.Timeout | undefined;
  const pump = () => {
    timer = undefined;
    while (queue.length > 0 && (queue[0]?.at ?? 0) <= performance.now()) queue.shift()?.action();
    if (queue.length > 0) timer = setTimeout(pump, Math.max(0, (queue[0]?.at ?? 0) - performance.now()));
  };
  const later = (action: () => void) => {
    queue.push({ at: Math.max(performance.now() + delayMs, queue.at(-1)?.at ?? 0), action });
    if (queue.length === 1 && timer === undefined) pump();
  };
  from.on('data', (chunk) => later(() => to.writable && to.write(chunk)));
  from.on('end', () => later(() => to.end()));
  from.on('error', () => to.destroy());
  from.on('close', () => later(() => to.destroy()));
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
