import pino, { type Logger } from 'pino';
import { redactError, redactLogArguments } from './redact-log.ts';
import { requestLogFields } from './request-context.ts';

const SEVERITY: Record<string, string> = {
  trace: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARNING',
  error: 'ERROR',
  fatal: 'CRITICAL',
};

export interface LoggerOptions {
  level?: string;
  version?: string;
  /** Where lines go (stdout by default); tests pass a stream to read them. */
  destination?: pino.DestinationStream;
}

/**
 * JSON lines on stdout in the fields Cloud Logging reads (`severity`, `message`, `time`), with the current
 * request's `requestId`, `sessionId` and trace on every line written while serving it (request-context.ts),
 * and personal data redacted from every argument before the line is written (redact-log.ts). Child bindings
 * (`log.child({...})`) are not redacted: they must hold values from code, never user input.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      messageKey: 'message',
      base: { service: 'tokyo-ai-chat', version: options.version ?? 'dev' },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      mixin: requestLogFields,
      // errors were made plain and redacted by the hook below; pino's own serializer would re-shape them
      serializers: { err: (value: unknown) => (value instanceof Error ? redactError(value) : value) },
      hooks: {
        logMethod(args, method) {
          // pino's own argument handling (format strings, a first Error) then sees the redacted values
          return method.apply(this, redactLogArguments(args) as Parameters<typeof method>);
        },
      },
      formatters: {
        level: (label) => ({ severity: SEVERITY[label] ?? 'DEFAULT' }),
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.token', 'headers.authorization', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * The security event stream: the same destination, every line marked `security: true` (the design's log-based
 * alert filters on `jsonPayload.security=true`), so it can be routed and retained apart from the rest.
 */
export function createSecurityLogger(log: Logger): Logger {
  return log.child({ security: true });
}

export type { Logger };
