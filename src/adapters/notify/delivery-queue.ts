import type { Logger } from 'pino';
import { type Alert, DeliveryError, type NotificationChannel } from './notification-channel.ts';

export type DeliveryOutcome = 'sent' | 'failed' | 'dropped';

export interface DeliveryPolicy {
  attemptTimeoutMs: number;
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  queueSize: number;
}

export interface DeliveryQueueOptions extends DeliveryPolicy {
  log: Logger;
  count: (channel: string, outcome: DeliveryOutcome) => void;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * One channel's alerts, delivered one after another with a timeout per attempt and retries with exponential
 * backoff and full jitter. Bounded: past `queueSize` the oldest waiting alert is dropped (and counted), so a
 * channel that hangs holds at most that many alerts and never holds up another channel.
 */
export class DeliveryQueue {
  private readonly channel: NotificationChannel;
  private readonly options: DeliveryQueueOptions;
  private readonly waiting: Alert[] = [];
  private running?: Promise<void>;

  constructor(channel: NotificationChannel, options: DeliveryQueueOptions) {
    this.channel = channel;
    this.options = options;
  }

  /** Queues an alert and returns at once. */
  push(alert: Alert): void {
    if (this.waiting.length >= this.options.queueSize) {
      const dropped = this.waiting.shift();
      this.options.count(this.channel.name, 'dropped');
      this.options.log.warn({ channel: this.channel.name, alert: dropped?.title }, 'alert notification dropped: queue full');
    }
    this.waiting.push(alert);
    this.running ??= this.work().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every queued alert was delivered or given up. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async work(): Promise<void> {
    for (let alert = this.waiting.shift(); alert; alert = this.waiting.shift()) {
      await this.deliver(alert);
    }
  }

  private async deliver(alert: Alert): Promise<void> {
    const { log, count, maxAttempts } = this.options;
    const channel = this.channel.name;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.channel.send(alert, AbortSignal.timeout(this.options.attemptTimeoutMs));
        count(channel, 'sent');
        log.info({ channel, alert: alert.title, severity: alert.severity, attempt }, 'alert notification sent');
        return;
      } catch (error) {
        const retryable = !(error instanceof DeliveryError) || error.retryable;
        if (!retryable || attempt >= maxAttempts) {
          count(channel, 'failed');
          log.error({ err: error, channel, alert: alert.title, attempt }, 'alert notification failed');
          return;
        }
        const wait = this.backoffMs(attempt, error instanceof DeliveryError ? error.retryAfterMs : undefined);
        log.warn({ err: error, channel, attempt, retryInMs: Math.round(wait) }, 'alert notification attempt failed; retrying');
        await this.options.sleep(wait);
      }
    }
  }

  /** Full jitter (AWS architecture blog): uniform in [0, min(max, base * 2^(attempt-1))]; at least Retry-After. */
  private backoffMs(attempt: number, retryAfterMs: number | undefined): number {
    const { baseBackoffMs, maxBackoffMs, random } = this.options;
    const ceiling = Math.min(maxBackoffMs, baseBackoffMs * 2 ** (attempt - 1));
    return Math.min(maxBackoffMs, Math.max(retryAfterMs ?? 0, random() * ceiling));
  }
}
