import { defineConfig } from 'vitest/config';

/**
 * Four projects: unit tests beside the code; integration tests over HTTP against a started server with a
 * real redis-server; the fleet's fault scenarios in short form; end-to-end tests in Debian's Chromium. The global setup builds what the tests read
 * (snapshot, web client) and starts redis-server on a free port.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/supply-chain/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // issue 12: a real fleet (three instances, redis-server, HAProxy) under faults, one scenario at a time
        test: {
          name: 'fleet',
          include: ['tests/fleet/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
