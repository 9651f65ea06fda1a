/** How urgent an alert is; it decides the channels it goes to (the design's section 4.3.1). */
export type AlertSeverity = 'critical' | 'warning' | 'info';

export const ALERT_SEVERITIES: readonly AlertSeverity[] = ['critical', 'warning', 'info'];

/** Something the service detected about itself that an operator should know. */
export interface Alert {
  /** What the alert is about (`breaker:gemini`): a repeat of the same subject and title is not sent again soon. */
  subject: string;
  title: string;
  /** What happened, what it means for users, where the runbook says what to do. */
  description: string;
  severity: AlertSeverity;
  /** When it was detected, epoch milliseconds. */
  at: number;
  /** Short facts shown as fields (breaker name, dataset id). */
  labels?: Record<string, string>;
}

/** Where an alert is delivered: Slack, e-mail, a generic webhook. */
export interface NotificationChannel {
  /** The channel's name in logs and the `alert_notifications_total` metric (`slack-critical`, `email`). */
  readonly name: string;
  /** The severities this channel receives. */
  readonly severities: readonly AlertSeverity[];
  /**
   * Delivers one alert. Resolves once the receiver accepted it; rejects otherwise (a `DeliveryError` says
   * whether trying again can help). Must give up when `signal` aborts: it carries the attempt's timeout.
   */
  send(alert: Alert, signal: AbortSignal): Promise<void>;
}

/** A failed delivery; `retryable` is false when the receiver refused the alert itself (a 4xx). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  readonly retryable: boolean;
  /** The receiver asked to wait this long before trying again (HTTP 429 Retry-After). */
  readonly retryAfterMs?: number;

  constructor(message: string, options: { retryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}
