import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs `work` with a fresh private directory, removed afterwards whatever happens. Engines that open their input
 * or output by name (open_jtalk -ow, pocketsphinx -infile) cannot use Node's stdio, which are sockets, not pipes:
 * /dev/stdout and /dev/stdin do not open on a socket.
 */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tokyo-ai-chat-engine-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
