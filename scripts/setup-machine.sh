#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, from Debian's own packages (idempotent).
# Usage: scripts/setup-machine.sh [--dry-run]
set -euo pipefail

PACKAGES=(
  redis-server            # sessions, cache and rate limits in integration tests (started by the tests themselves)
  chromium fonts-noto-cjk # end-to-end tests of the page (playwright-core drives Debian's chromium)
  prometheus prometheus-alertmanager # promtool / amtool check the alert rules and routes
  shellcheck bats yamllint # operations scripts and workflow files
  podman runc debootstrap  # container image test with a locally made Debian base (no registry here)
  open-jtalk open-jtalk-mecab-naist-jdic espeak-ng sox # offline speech synthesis, test audio
  pocketsphinx pocketsphinx-en-us # offline speech recognition
  haproxy podman-compose  # the local fleet's load balancer (npm run fleet, tests/fleet); compose.yaml's runner
  jq bc curl
)

dry_run=false
[[ "${1:-}" == "--dry-run" ]] && dry_run=true

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "setup-machine: all ${#PACKAGES[@]} Debian packages present"
  exit 0
fi

echo "setup-machine: installing ${missing[*]}"
$dry_run && exit 0
sudo_cmd=()
[[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
