#!/usr/bin/env bash
# Container image figures (issue 7 targets: image under 250 MB, `podman run` to healthy under 5 s): builds and
# checks the image with tests/ops/container-image.sh, starting it 5 times, then starts the same server directly on
# the host 5 times (node src/server/main.ts, no container), so that the container's own share of the start shows
# as a ratio whatever the load of this shared machine. Run once: bench/container.sh. Figures: docs/deploy.md and
# docs/benchmarks.md ("## Container").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
starts="${1:-5}"

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; $(date -u +%Y-%m-%dT%H:%M:%SZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
tests/ops/container-image.sh --starts "$starts" | grep '^container-image:'

node_bin="node_modules/.bin/node"
port="$("$node_bin" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
times=()
for ((run = 1; run <= starts; run++)); do
  started=$(date +%s%N)
  PORT="$port" LOG_LEVEL=warn "$node_bin" src/server/main.ts >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/api/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "host server exited" >&2; exit 1; }
    sleep 0.02
  done
  times+=("$((($(date +%s%N) - started) / 1000000))")
  kill "$pid"
  wait "$pid" || true # SIGTERM ends it with the status of a signal
done
median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')"
echo "host (no container): node start to /api/health 200: ${times[*]} ms (median $median ms); load $(cut -d' ' -f1-3 /proc/loadavg)"
