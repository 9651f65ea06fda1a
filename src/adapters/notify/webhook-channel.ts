import type { Alert, AlertSeverity, NotificationChannel } from './notification-channel.ts';
import { postJson } from './post-json.ts';

export interface WebhookOptions {
  url: string;
  severities: readonly AlertSeverity[];
  environment: string;
}

/** A generic JSON webhook (an incident tool, a pager bridge): every alert as one JSON object. */
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook';
  readonly severities: readonly AlertSeverity[];
  private readonly options: WebhookOptions;

  constructor(options: WebhookOptions) {
    this.severities = options.severities;
    this.options = options;
  }

  async send(alert: Alert, signal: AbortSignal): Promise<void> {
    await postJson(this.options.url, webhookBody(alert, this.options.environment), signal);
  }
}

/** Version 1 of the body; a receiver can rely on these fields. */
export function webhookBody(alert: Alert, environment: string) {
  return {
    version: '1',
    service: 'tokyo-ai-chat',
    environment,
    alert: {
      subject: alert.subject,
      title: alert.title,
      description: alert.description,
      severity: alert.severity,
      at: new Date(alert.at).toISOString(),
      labels: alert.labels ?? {},
    },
  };
}
