import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Logger } from 'pino';
import { NOTIFY } from '../../config/tunables.ts';
import { type DeliveryOutcome, type DeliveryPolicy, DeliveryQueue } from './delivery-queue.ts';
import type { Alert, NotificationChannel } from './notification-channel.ts';

export interface AlertNotifierOptions extends Partial<DeliveryPolicy> {
  log: Logger;
  /** Counts outcomes per channel (the `alert_notifications_total` metric); `suppressed` is a repeat not sent. */
  count?: (channel: string, outcome: DeliveryOutcome | 'suppressed') => void;
  /** Within this time the same subject and title is sent once. */
  repeatIntervalMs?: number;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const MAX_REMEMBERED = 1_000;

/**
 * The design's AlertNotifier (section 4.3.1): routes each alert by severity to the channels that take it
 * (critical: the critical Slack channel and e-mail; warning and info: the ops channel; the generic webhook:
 * all). `notify` only queues, so a turn or a refresh that raises an alert never waits for Slack or SMTP.
 */
export class AlertNotifier {
  private readonly queues: Array<{ channel: NotificationChannel; queue: DeliveryQueue }>;
  private readonly lastSent = new Map<string, { title: string; at: number }>();
  private readonly options: AlertNotifierOptions;
  private readonly now: () => number;

  constructor(channels: readonly NotificationChannel[], options: AlertNotifierOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    const count = options.count ?? (() => undefined);
    const queueOptions = {
      attemptTimeoutMs: options.attemptTimeoutMs ?? NOTIFY.attemptTimeoutMs,
      maxAttempts: options.maxAttempts ?? NOTIFY.maxAttempts,
      baseBackoffMs: options.baseBackoffMs ?? NOTIFY.baseBackoffMs,
      maxBackoffMs: options.maxBackoffMs ?? NOTIFY.maxBackoffMs,
      queueSize: options.queueSize ?? NOTIFY.queueSize,
      log: options.log,
      count,
      random: options.random ?? Math.random,
      sleep: options.sleep ?? ((ms: number) => sleepFor(ms, undefined, { ref: false })),
    };
    this.queues = channels.map((channel) => ({ channel, queue: new DeliveryQueue(channel, queueOptions) }));
  }

  /** The names of the configured channels. */
  get channels(): string[] {
    return this.queues.map(({ channel }) => channel.name);
  }

  /** Queues the alert for every channel of its severity and returns at once; a recent repeat is not sent. */
  notify(alert: Alert): void {
    const targets = this.queues.filter(({ channel }) => channel.severities.includes(alert.severity));
    if (this.isRepeat(alert)) {
      for (const { channel } of targets) this.options.count?.(channel.name, 'suppressed');
      this.options.log.info({ subject: alert.subject, alert: alert.title }, 'alert not sent again: a repeat within the interval');
      return;
    }
    for (const { queue } of targets) queue.push(alert);
  }

  /** Resolves when every channel has delivered or given up what it holds (tests; shutdown with a deadline). */
  async drain(): Promise<void> {
    await Promise.all(this.queues.map(({ queue }) => queue.drain()));
  }

  private isRepeat(alert: Alert): boolean {
    const interval = this.options.repeatIntervalMs ?? NOTIFY.repeatIntervalMs;
    const last = this.lastSent.get(alert.subject);
    const now = this.now();
    if (last && last.title === alert.title && now - last.at < interval) return true;
    this.lastSent.delete(alert.subject); // re-inserted last, so the oldest subject is first to go
    this.lastSent.set(alert.subject, { title: alert.title, at: now });
    if (this.lastSent.size > MAX_REMEMBERED) this.lastSent.delete(this.lastSent.keys().next().value as string);
    return false;
  }
}
