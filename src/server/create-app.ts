import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { type Lang, langFromAcceptLanguage } from '../i18n/languages.ts';
import type { ErrorRateWindow } from '../observability/error-rate.ts';
import type { PipelineDeps } from '../pipeline/context.ts';
import { CHAT_STEPS } from '../pipeline/steps/index.ts';
import { AppError } from './app-error.ts';
import type { AppEnv } from './app-env.ts';
import { chatRoutes } from './routes/chat.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { healthRoutes } from './routes/health.ts';
import { webClientRoutes } from './routes/web-client.ts';

export interface AppServices {
  deps: PipelineDeps;
  log: Logger;
  errorRate: ErrorRateWindow;
  version: string;
  startedAt: number;
  /** The built web client (Next.js static export); the page is not served when absent. */
  staticDir?: string;
}

/** The HTTP application: the public API and the web client, one error table for both. */
export function createApp(services: AppServices): Hono<AppEnv> {
  const { deps, log, errorRate } = services;
  const app = new Hono<AppEnv>();

  app.use(requestId({ headerName: 'X-Request-Id', limitLength: 64 }));
  app.use(async (c, next) => {
    const started = performance.now();
    c.set('log', log.child({ requestId: c.get('requestId') }));
    await next();
    const failed = c.res.status >= 500;
    errorRate.record(failed);
    if (failed || c.req.path.startsWith('/api/')) {
      c.get('log')[failed ? 'error' : 'info'](
        {
          sessionId: c.get('sessionId'),
          httpRequest: {
            requestMethod: c.req.method,
            requestUrl: c.req.path,
            status: c.res.status,
            latency: `${((performance.now() - started) / 1000).toFixed(4)}s`,
            userAgent: c.req.header('user-agent'),
          },
        },
        'request',
      );
    }
  });

  app.route('/', healthRoutes({ index: deps.index, sessions: deps.sessions, errorRate, version: services.version, startedAt: services.startedAt }));
  app.route('/', chatRoutes(deps, CHAT_STEPS));
  app.route('/', feedbackRoutes(deps.sessions));
  app.all('/api/*', () => {
    throw new AppError('not_found');
  });
  if (services.staticDir) app.route('/', webClientRoutes(services.staticDir));

  app.notFound(() => {
    throw new AppError('not_found');
  });
  app.onError((error, c) => {
    const appError = error instanceof AppError ? error : new AppError('internal', undefined, { cause: error });
    if (appError.status >= 500) c.get('log')?.error({ err: error }, 'request failed');
    const lang: Lang = c.get('lang') ?? langFromAcceptLanguage(c.req.header('accept-language')) ?? 'ja';
    return c.json(
      { error: { code: appError.code, message: appError.messageIn(lang), ...appError.details }, requestId: c.get('requestId') },
      appError.status as 400,
    );
  });
  return app;
}
