import { describe, expect, it } from 'vitest';
import { MAINTENANCE } from '../config/tunables.ts';
import { OpsEvents, type OpsEventMap } from '../observability/events.ts';
import { createLogger } from '../observability/logger.ts';
import { isMaintenanceExempt, MaintenanceSwitch, maintenancePage, parseMaintenanceFlag, retryAfterFor } from './maintenance.ts';

describe('parseMaintenanceFlag', () => {
  it('reads off, on, and an end time in Unix seconds or ISO 8601', () => {
    expect(parseMaintenanceFlag(null)).toEqual({ enabled: false });
    for (const off of ['', '0', 'off', 'FALSE', ' no ']) expect(parseMaintenanceFlag(off)).toEqual({ enabled: false });
    for (const on of ['1', 'on', 'True', 'yes']) expect(parseMaintenanceFlag(on)).toEqual({ enabled: true });
    expect(parseMaintenanceFlag('1767225600')).toEqual({ enabled: true, until: 1_767_225_600_000 });
    expect(parseMaintenanceFlag('2026-01-01T04:00:00+09:00')).toEqual({ enabled: true, until: Date.parse('2025-12-31T19:00:00Z') });
  });

  it('treats an unknown value as on, and says it could not read it', () => {
    expect(parseMaintenanceFlag('maybe later')).toEqual({ enabled: true, unreadable: true });
  });
});

describe('retryAfterFor', () => {
  it('is the time left, bounded, or the default when no end was given', () => {
    const now = 1_000_000;
    expect(retryAfterFor(undefined, now)).toBe(MAINTENANCE.defaultRetryAfterSeconds);
    expect(retryAfterFor(now + 600_000, now)).toBe(600);
    expect(retryAfterFor(now + 1_500, now)).toBe(MAINTENANCE.minRetryAfterSeconds);
    expect(retryAfterFor(now - 60_000, now)).toBe(MAINTENANCE.minRetryAfterSeconds);
    expect(retryAfterFor(now + 86_400_000, now)).toBe(MAINTENANCE.maxRetryAfterSeconds);
  });
});

describe('MaintenanceSwitch without Redis', () => {
  it('follows MAINTENANCE_MODE and announces it once', async () => {
    const events = new OpsEvents();
    const seen: Array<OpsEventMap['maintenance'][0]> = [];
    events.on('maintenance', (event) => seen.push(event));
    const on = new MaintenanceSwitch({ envEnabled: true, events, log: createLogger({ level: 'silent' }) });
    await on.start();
    await on.refresh();
    expect(on.status()).toEqual({ enabled: true, source: 'env', retryAfterSeconds: MAINTENANCE.defaultRetryAfterSeconds });
    expect(seen).toEqual([{ enabled: true, source: 'env' }]);
    on.stop();

    const off = new MaintenanceSwitch({ envEnabled: false, events, log: createLogger({ level: 'silent' }) });
    await off.start();
    expect(off.status().enabled).toBe(false);
    expect(seen).toHaveLength(1);
    off.stop();
  });
});

describe('isMaintenanceExempt and maintenancePage', () => {
  it('lets only the probes and the metrics scrape through', () => {
    expect(isMaintenanceExempt('/api/health')).toBe(true);
    expect(isMaintenanceExempt('/api/health/ready')).toBe(true);
    expect(isMaintenanceExempt('/api/metrics')).toBe(true);
    for (const path of ['/', '/api/chat', '/api/healthz', '/api/voice', '/_next/static/x.js']) expect(isMaintenanceExempt(path)).toBe(false);
  });

  it('writes the page in the asked language first, then the others', () => {
    const page = maintenancePage('ko');
    expect(page).toContain('<html lang="ko-KR">');
    expect(page.indexOf('현재 점검 중입니다')).toBeLessThan(page.indexOf('ただいまメンテナンス中です'));
    expect(page).toContain('The service is under maintenance.');
  });
});
