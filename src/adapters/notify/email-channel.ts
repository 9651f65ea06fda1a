import nodemailer from 'nodemailer';
import { type Alert, type AlertSeverity, DeliveryError, type NotificationChannel } from './notification-channel.ts';

export interface EmailOptions {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's connection URL). */
  smtpUrl: string;
  from: string;
  to: readonly string[];
  severities: readonly AlertSeverity[];
  environment: string;
  /** Connection, greeting and socket timeouts of one SMTP transaction. */
  timeoutMs: number;
}

/** Alerts by e-mail through an SMTP server (nodemailer). */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email';
  readonly severities: readonly AlertSeverity[];
  private readonly options: EmailOptions;
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(options: EmailOptions) {
    this.severities = options.severities;
    this.options = options;
    this.transport = nodemailer.createTransport({
      url: options.smtpUrl,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    });
  }

  async send(alert: Alert, signal: AbortSignal): Promise<void> {
    const { from, to, environment } = this.options;
    const labels = Object.entries(alert.labels ?? {}).map(([key, value]) => `${key}: ${value}`);
    const sending = this.transport.sendMail({
      from,
      to: [...to],
      subject: `[${alert.severity.toUpperCase()}] ${alert.title} (tokyo-ai-chat, ${environment})`,
      text: [alert.description, '', `Severity: ${alert.severity}`, `Environment: ${environment}`, `Time: ${new Date(alert.at).toISOString()}`, ...labels].join('\n'),
    });
    // nodemailer takes no AbortSignal: the socket timeouts above end the transaction; this ends the wait
    const aborted = new Promise<never>((_, reject) => {
      const abort = () => reject(new DeliveryError('SMTP: attempt timed out', { retryable: true, cause: signal.reason }));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
    try {
      await Promise.race([sending, aborted]);
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx SMTP replies are permanent (bad recipient, refused sender); the rest may pass next time
      throw new DeliveryError(`SMTP: ${(error as Error).message}`, { retryable: !(code !== undefined && code >= 500), cause: error });
    }
  }

  /** Closes pooled connections. */
  close(): void {
    this.transport.close();
  }
}
