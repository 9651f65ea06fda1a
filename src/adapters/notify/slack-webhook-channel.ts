import type { Alert, AlertSeverity, NotificationChannel } from './notification-channel.ts';
import { postJson } from './post-json.ts';

export interface SlackWebhookOptions {
  name: string;
  /** The incoming webhook URL (a secret: it is never logged). */
  webhookUrl: string;
  severities: readonly AlertSeverity[];
  /** Shown in the message; legacy webhooks also honour it as the target channel. */
  channel: string;
  environment: string;
}

const COLOR: Record<AlertSeverity, string> = { critical: 'danger', warning: 'warning', info: 'good' };
const ICON: Record<AlertSeverity, string> = { critical: '🚨', warning: '⚠️', info: 'ℹ️' };

/** A Slack incoming webhook, with the message the design lays out (attachment with severity, service, time). */
export class SlackWebhookChannel implements NotificationChannel {
  readonly name: string;
  readonly severities: readonly AlertSeverity[];
  private readonly options: SlackWebhookOptions;

  constructor(options: SlackWebhookOptions) {
    this.name = options.name;
    this.severities = options.severities;
    this.options = options;
  }

  async send(alert: Alert, signal: AbortSignal): Promise<void> {
    await postJson(this.options.webhookUrl, slackMessage(alert, this.options), signal);
  }
}

/** The message body (https://api.slack.com/messaging/webhooks): `text` for notifications, an attachment for detail. */
export function slackMessage(alert: Alert, options: Pick<SlackWebhookOptions, 'channel' | 'environment'>) {
  const labels = Object.entries(alert.labels ?? {}).map(([title, value]) => ({ title, value, short: true }));
  return {
    channel: options.channel,
    username: 'Tokyo AI Chat Alert',
    text: `${ICON[alert.severity]} [${alert.severity.toUpperCase()}] ${alert.title}`,
    attachments: [
      {
        color: COLOR[alert.severity],
        title: `${ICON[alert.severity]} ${alert.title}`,
        text: alert.description,
        fields: [
          { title: 'Severity', value: alert.severity.toUpperCase(), short: true },
          { title: 'Service', value: 'Tokyo AI Chat MVP', short: true },
          { title: 'Environment', value: options.environment, short: true },
          { title: 'Time', value: new Date(alert.at).toISOString(), short: true },
          ...labels,
        ],
        footer: 'Tokyo AI Chat Monitoring',
        ts: Math.floor(alert.at / 1000),
      },
    ],
  };
}
