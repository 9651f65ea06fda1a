/**
 * A Prometheus HTTP API double for shell tests (tests/ops/container-image.sh): serves three weeks of a daily
 * turn-rate pattern up to now on query_range, prints its URL on the first line of stdout, and runs until killed.
 * Usage: node tests/ops/serve-prometheus-double.ts
 */
import { startPrometheusDouble } from '../fakes/prometheus-server.ts';

const since = Date.now() - 21 * 86_400_000;
const double = await startPrometheusDouble((ms) => {
  if (ms < since) return undefined;
  const hour = (((ms / 3_600_000 + 9) % 24) + 24) % 24;
  return 20 + 280 * Math.exp(-(((hour - 18) / 3) ** 2));
});
console.log(double.url);
process.once('SIGTERM', () => void double.close().then(() => process.exit(0)));
