/**
 * Issue 5 benchmark (ADR 0005): log lines per second of pino and winston writing the same request line as JSON
 * to /dev/null: pino as the service configures it (redaction hook, request-context mixin), bare pino, and
 * winston with the design's format (timestamp + errors + json). Medians of several runs.
 * Run: node bench/observability-logger.ts [--lines 100000] [--runs 5]
 */
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import pino from 'pino';
import winston from 'winston';
import { createLogger } from '../src/observability/logger.ts';
import { createRequestContext, runWithRequestContext } from '../src/observability/request-context.ts';
import { numberOption } from './lib/options.ts';
import { median } from './lib/stats.ts';

const LINES = numberOption('lines', 100_000);
const RUNS = numberOption('runs', 5);

const line = () => ({
  httpRequest: { requestMethod: 'POST', requestUrl: '/api/chat', status: 200, latency: '0.0123s', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' },
  endpoint: '/api/chat',
});

type Log = (fields: Record<string, unknown>, message: string) => void;

async function linesPerSecond(log: Log, flush: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 5_000; i += 1) log(line(), 'request'); // warm-up
  await flush();
  const started = performance.now();
  for (let i = 0; i < LINES; i += 1) log(line(), 'request');
  await flush();
  return LINES / ((performance.now() - started) / 1000);
}

function pinoFlush(destination: pino.DestinationStream & { flush?: (cb: (error?: Error) => void) => void }) {
  return () => new Promise<void>((resolve, reject) => destination.flush?.((error) => (error ? reject(error) : resolve())) ?? resolve());
}

const variants: Record<string, () => { log: Log; flush: () => Promise<void> }> = {
  'pino, as configured (redaction + request context)': () => {
    const destination = pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 });
    const logger = createLogger({ destination });
    const context = createRequestContext('bench-request', { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), sampled: true }, 'tokyo-ai-chat-mvp');
    return { log: (fields, message) => runWithRequestContext(context, () => logger.info(fields, message)), flush: pinoFlush(destination) };
  },
  'pino, bare': () => {
    const destination = pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 });
    const logger = pino({ messageKey: 'message' }, destination);
    return { log: (fields, message) => logger.info(fields, message), flush: pinoFlush(destination) };
  },
  'winston (design 4.2.1 format)': () => {
    const stream = createWriteStream('/dev/null');
    const logger = winston.createLogger({
      level: 'info',
      format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
      defaultMeta: { service: 'tokyo-ai-chat', version: 'bench' },
      transports: [new winston.transports.Stream({ stream })],
    });
    return {
      log: (fields, message) => logger.info(message, fields),
      flush: () => new Promise<void>((resolve) => (stream.writableNeedDrain ? stream.once('drain', () => resolve()) : setImmediate(resolve))),
    };
  },
};

async function main(): Promise<void> {
  console.log(`# logger throughput, ${LINES} lines × ${RUNS} runs, ${new Date().toISOString()}`);
  console.log(`# ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  const results: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, make] of Object.entries(variants)) {
      const { log, flush } = make();
      (results[name] ??= []).push(await linesPerSecond(log, flush));
    }
  }
  const winstonMedian = median(results['winston (design 4.2.1 format)'] ?? []);
  for (const [name, values] of Object.entries(results)) {
    const m = median(values);
    console.log(`${name.padEnd(52)} median ${Math.round(m).toLocaleString('en')} lines/s  (×${(m / winstonMedian).toFixed(2)} winston)  runs: ${values.map((v) => Math.round(v / 1000)).join(', ')} k`);
  }
}

await main();
