/** The server entry: `node src/server/main.ts` (Node 24 runs TypeScript by stripping types). */
import { ConfigError, loadEnv } from '../config/env.ts';
import { SnapshotError } from '../opendata/load-corpus.ts';
import { SHUTDOWN } from '../config/tunables.ts';
import { createLogger } from '../observability/logger.ts';
import { startServer } from './start-server.ts';


try {
  const env = loadEnv();
  const log = createLogger({ level: env.LOG_LEVEL, version: env.APP_VERSION });
  const running = await startServer({ env, log });
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    // Cloud Run sends SIGKILL 10 s after SIGTERM: answers in flight get SHUTDOWN.drainMs of it
    setTimeout(() => process.exit(1), SHUTDOWN.hardExitMs).unref();
    running.drain(SHUTDOWN.drainMs).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof SnapshotError) {
    process.stderr.write(`tokyo-ai-chat cannot start: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}
