import type { Logger } from 'pino';
import { ConfigError, type Env } from '../../config/env.ts';
import { NOTIFY } from '../../config/tunables.ts';
import { AlertNotifier, type AlertNotifierOptions } from './alert-notifier.ts';
import { EmailChannel } from './email-channel.ts';
import type { NotificationChannel } from './notification-channel.ts';
import { SlackWebhookChannel } from './slack-webhook-channel.ts';
import { WebhookChannel } from './webhook-channel.ts';

type NotifyEnv = Pick<
  Env,
  'NODE_ENV' | 'SLACK_WEBHOOK_CRITICAL' | 'SLACK_WEBHOOK_OPS' | 'ALERT_WEBHOOK_URL' | 'ALERT_EMAIL_TO' | 'ALERT_EMAIL_FROM' | 'SMTP_URL'
>;

/** The channels the environment configures, routed as the design's NOTIFICATION_CHANNELS table routes them. */
export function createNotificationChannels(env: NotifyEnv): NotificationChannel[] {
  const environment = env.NODE_ENV;
  const channels: NotificationChannel[] = [];
  if (env.SLACK_WEBHOOK_CRITICAL) {
    channels.push(new SlackWebhookChannel({ name: 'slack-critical', webhookUrl: env.SLACK_WEBHOOK_CRITICAL, channel: '#alerts-critical', severities: ['critical'], environment }));
  }
  if (env.SLACK_WEBHOOK_OPS) {
    channels.push(new SlackWebhookChannel({ name: 'slack-ops', webhookUrl: env.SLACK_WEBHOOK_OPS, channel: '#ops-alerts', severities: ['warning', 'info'], environment }));
  }
  if (env.ALERT_EMAIL_TO) {
    if (!env.SMTP_URL || !env.ALERT_EMAIL_FROM) throw new ConfigError('Invalid configuration:\n  ALERT_EMAIL_TO needs SMTP_URL and ALERT_EMAIL_FROM');
    channels.push(new EmailChannel({ smtpUrl: env.SMTP_URL, from: env.ALERT_EMAIL_FROM, to: env.ALERT_EMAIL_TO, severities: ['critical'], environment, timeoutMs: NOTIFY.attemptTimeoutMs }));
  }
  if (env.ALERT_WEBHOOK_URL) {
    channels.push(new WebhookChannel({ url: env.ALERT_WEBHOOK_URL, severities: ['critical', 'warning', 'info'], environment }));
  }
  return channels;
}

/** The notifier with the configured channels (none: alerts are only logged and counted). */
export function createNotifier(env: NotifyEnv, options: { log: Logger } & Omit<AlertNotifierOptions, 'log'>): AlertNotifier {
  return new AlertNotifier(createNotificationChannels(env), options);
}
