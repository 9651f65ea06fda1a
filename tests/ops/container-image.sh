#!/usr/bin/env bash
# The container image test: builds the Dockerfile with podman on the locally made Debian + Node 24 base
# (ops/base-image/build-base.sh; there is no image registry here), runs it, waits until its HEALTHCHECK
# (healthcheck.js) passes, asks the smoke questions (scripts/smoke-test.ts: one per language, with sources), and
# checks the image's user, health check, environment and history. Prints the image size and the time from
# `podman run` to healthy. Removes the container and the image it made (the base and the layer cache stay).
#
# Usage: tests/ops/container-image.sh [--starts N] [--keep-image]
#   --starts N     start the image N times and report each time to healthy and their median (bench/container.sh)
#   --keep-image   leave the image (tagged localhost/tokyo-ai-chat:<git sha>) for inspection
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

starts=1
keep=false
while (($#)); do
  case "$1" in
    --starts) starts="${2:?}"; shift 2 ;;
    --keep-image) keep=true; shift ;;
    *) echo "usage: $0 [--starts N] [--keep-image]" >&2; exit 64 ;;
  esac
done

fail() { echo "container-image: FAIL: $*" >&2; exit 1; }
for tool in podman node curl; do command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup-machine.sh)"; done

# podman here runs as root without CAP_SYS_RESOURCE: its default rlimits cannot be set, lower ones can
limits=(--ulimit nofile=16384:16384 --ulimit nproc=4096:4096)
sha="$(git rev-parse --short=12 HEAD 2>/dev/null || echo local)"
if [[ -n "$(git status --porcelain 2>/dev/null | head -n 1)" ]]; then sha="$sha-dirty"; fi
image="localhost/tokyo-ai-chat:$sha"
container="tac-image-test-$$"
double_pid=""
cleanup() {
  if [[ -n "$double_pid" ]]; then kill "$double_pid" 2>/dev/null || true; fi
  podman rm --force --ignore "$container" >/dev/null 2>&1 || true
  if ! $keep; then podman rmi --force "$image" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

base="$(ops/base-image/build-base.sh)"
echo "container-image: base $base"

# A machine whose registry traffic passes a TLS-inspecting proxy lends npm its CA bundle as a build secret (a
# secret mount: in no layer). Node's own roots plus the machine's bundle: harmless where there is no proxy.
secret=()
ca="${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}"
if [[ -n "$ca" && -s "$ca" ]]; then secret=(--secret "id=build_ca,src=$ca"); fi
build_started=$(date +%s)
podman build --quiet --force-rm --format docker --network=host "${limits[@]}" "${secret[@]}" \
  --build-arg BASE_IMAGE="$base" --build-arg APP_VERSION="$sha" --tag "$image" . >/dev/null \
  || fail "podman build failed"
echo "container-image: built $image in $(($(date +%s) - build_started)) s"

# What the image promises: user 1001, a health check, the production environment, no secret in its layers.
[[ "$(podman image inspect --format '{{.Config.User}}' "$image")" == 1001:1001 ]] || fail "the image does not run as 1001"
podman image inspect --format '{{json .Config.Healthcheck}}' "$image" | grep -q 'healthcheck.js' || fail "no HEALTHCHECK with healthcheck.js"
env_lines="$(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$image")"
for expected in HOST=0.0.0.0 PORT=3000 NODE_ENV=production "APP_VERSION=$sha"; do
  grep -qx "$expected" <<<"$env_lines" || fail "image environment lacks $expected"
done
if podman history --no-trunc --format '{{.CreatedBy}}' "$image" | grep -iE '(api_key|token|secret|password|webhook)[a-z_]*=' ; then
  fail "a layer's command sets a secret"
fi
podman run --rm "${limits[@]}" --entrypoint sh "$image" -c \
  'test ! -e /usr/local/lib/node_modules/npm && test ! -e /app/.env && ! test -w /app/src && test -w /tmp && test ! -e /app/node_modules/next' \
  || fail "the runtime image holds npm, an .env file or next, or its code is writable by the app user"
# The SBOM of what the image ships (npm sbom, CycloneDX): the server's dependencies, not the web build's
podman run --rm "${limits[@]}" --entrypoint node "$image" -e '
  const bom = JSON.parse(require("fs").readFileSync("/app/sbom.cdx.json", "utf8"));
  const names = new Set(bom.components.map((c) => c.name));
  if (bom.bomFormat !== "CycloneDX" || !names.has("hono") || !names.has("ws") || names.has("next") || names.has("vitest")) process.exit(1);
  console.log(`container-image: SBOM ${bom.bomFormat} ${bom.specVersion}, ${bom.components.length} components`);
' || fail "no CycloneDX SBOM of the shipped dependencies at /app/sbom.cdx.json"
size_bytes="$(podman image inspect --format '{{.Size}}' "$image")"

# Start it, time it to healthy, ask the questions.
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
times=()
checks=()
server_ms=()
for ((run = 1; run <= starts; run++)); do
  podman rm --force --ignore "$container" >/dev/null 2>&1
  started=$(date +%s%N)
  podman run --detach --name "$container" --network=host "${limits[@]}" -e HOST=127.0.0.1 -e PORT="$port" "$image" >/dev/null
  # the moment /api/health first answers 200 is when the HEALTHCHECK (healthcheck.js asks exactly that) can pass;
  # `podman healthcheck run` then runs the real check, which adds the cost of starting node inside the container
  answered=false
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/api/health"; then answered=true; break; fi
    [[ "$(podman inspect --format '{{.State.Running}}' "$container")" == true ]] || break
    sleep 0.02
  done
  $answered || { podman logs "$container" 2>&1 | tail -n 20 >&2; fail "the server never answered /api/health"; }
  times+=("$((($(date +%s%N) - started) / 1000000))")
  podman healthcheck run "$container" >/dev/null 2>&1 || fail "the HEALTHCHECK (healthcheck.js) does not pass"
  checks+=("$((($(date +%s%N) - started) / 1000000))")
  server_ms+=("$(podman logs "$container" 2>&1 | sed -nE 's/.*"startMs":([0-9]+).*/\1/p' | head -n 1)")
done
npm run --silent test:smoke -- --endpoint "http://127.0.0.1:$port" || { podman logs "$container" | tail -n 20 >&2; fail "smoke test failed"; }
memory="$(podman stats --no-stream --format '{{.MemUsage}}' "$container" 2>/dev/null || echo '?')"
podman stop --time 10 "$container" >/dev/null
exit_code="$(podman inspect --format '{{.State.ExitCode}}' "$container")"
[[ "$exit_code" == 0 ]] || fail "the server did not shut down cleanly on SIGTERM (exit $exit_code)"

# The predictive scaling job runs from the same image with another command (ops/cloudrun/forecaster-job.yaml): its
# entry, in dry-run mode, against a Prometheus double on this machine (no Google account needed).
double_out="$(mktemp)"
node tests/ops/serve-prometheus-double.ts >"$double_out" &
double_pid=$!
for _ in $(seq 1 200); do [[ -s "$double_out" ]] && break; sleep 0.05; done
double_url="$(head -n 1 "$double_out")"
rm -f "$double_out"
[[ "$double_url" == http://* ]] || fail "the Prometheus double did not start"
job_output="$(podman run --rm --network=host "${limits[@]}" -e FORECAST_SOURCE=prometheus -e FORECAST_PROMETHEUS_URL="$double_url" \
  "$image" node src/jobs/forecast-min-instances.ts --dry-run --assume-current 3)" || fail "the forecaster job failed in the image: $job_output"
kill "$double_pid"
double_pid=""
grep -q '"message":"scaling decision"' <<<"$job_output" || fail "the forecaster job logged no decision: $job_output"
job_summary="$(sed -n 's/.*"summary":"\([^"]*\)".*/\1/p' <<<"$job_output")"

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "container-image: size $((size_bytes / 1000000)) MB ($size_bytes bytes)"
echo "container-image: podman run to /api/health 200: ${times[*]} ms (median $(median "${times[@]}") ms)"
echo "container-image: podman run to HEALTHCHECK passed: ${checks[*]} ms (median $(median "${checks[@]}") ms)"
echo "container-image: server's own start (snapshot load, index, listen; startMs): ${server_ms[*]} ms"
echo "container-image: memory after the smoke test: $memory; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "container-image: forecaster job in the image: $job_summary"
echo "container-image: passed"
