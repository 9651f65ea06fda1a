#!/usr/bin/env bash
# Backup (design 7.1.2, corrected): the Redis data (sessions, rate-limit counters, the maintenance flag), the
# open-data snapshot and the service's configuration, to a primary bucket and a bucket in a second region, with a
# sha256 manifest verified after the copy, and a 30-day lifecycle rule for retention.
#   gs://BUCKET/backups/<ID>/{redis.rdb, corpus.json, service.yaml, MANIFEST.sha256}
# Prints the backup id. The design's kubectl steps are gone (there is no Kubernetes); secrets are not copied into
# a bucket (Secret Manager keeps their versions), only the service's references to them.
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'EOF'
Usage: ops/scripts/automated-backup.sh [options]

  --project ID               Google Cloud project                      (env PROJECT_ID, required)
  --region REGION            region of the Memorystore instance         (env REGION, required)
  --primary-bucket gs://B    primary backup bucket                      (env BACKUP_BUCKET, required)
  --secondary-bucket gs://B  copy in a second region                    (env SECONDARY_BUCKET, required)
  --redis-mode MODE          memorystore: gcloud redis instances export (env REDIS_MODE, memorystore)
                             rdb: redis-cli --rdb from a self-managed Redis (REDIS_URL, or --redis-url-secret)
  --redis-instance NAME      Memorystore instance                       (env REDIS_INSTANCE)
  --redis-url-secret NAME    Secret Manager secret holding REDIS_URL    (rdb mode; env REDIS_URL wins)
  --snapshot FILE            open-data snapshot to keep    (env SNAPSHOT_PATH, data/snapshot/corpus.json)
  --service NAME             Cloud Run service whose configuration to keep (env SERVICE; optional)
  --only WHAT                redis, data or all                         (all)
  --id ID                    backup id                                  (UTC time, e.g. 20260101T020000Z)
  --retention-days N         lifecycle rule on both buckets             (30)
  --dry-run                  print every change, change nothing
  -h, --help                 this text
EOF
}

backup_settings
SNAPSHOT="${SNAPSHOT_PATH:-$(dirname "${BASH_SOURCE[0]}")/../../data/snapshot/corpus.json}"
SERVICE="${SERVICE:-}"
ONLY=all
BACKUP_ID=""
RETENTION_DAYS=30

while (($#)); do
  case "$1" in
    --snapshot) SNAPSHOT="${2:?}"; shift 2 ;;
    --service) SERVICE="${2:?}"; shift 2 ;;
    --only) ONLY="${2:?}"; shift 2 ;;
    --id) BACKUP_ID="${2:?}"; shift 2 ;;
    --retention-days) RETENTION_DAYS="${2:?}"; shift 2 ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) if backup_flag "$1" "${2:-}"; then shift 2; else usage >&2; die "unknown argument: $1" 64; fi ;;
  esac
done

require PROJECT_ID REGION BACKUP_BUCKET SECONDARY_BUCKET
[[ "$BACKUP_BUCKET" == gs://* && "$SECONDARY_BUCKET" == gs://* ]] || die "buckets are gs:// URLs" 64
[[ "$BACKUP_BUCKET" != "$SECONDARY_BUCKET" ]] || die "the secondary bucket must differ from the primary (another region)" 64
[[ "$ONLY" =~ ^(redis|data|all)$ ]] || die "--only is redis, data or all" 64
[[ "$REDIS_MODE" =~ ^(memorystore|rdb)$ ]] || die "--redis-mode is memorystore or rdb" 64
[[ "$RETENTION_DAYS" =~ ^[1-9][0-9]*$ ]] || die "--retention-days must be a positive whole number" 64
if [[ "$ONLY" != data && "$REDIS_MODE" == memorystore ]]; then require REDIS_INSTANCE; fi
if [[ "$ONLY" != redis ]]; then [[ -s "$SNAPSHOT" ]] || die "no open-data snapshot at $SNAPSHOT (npm run build)" 66; fi
BACKUP_ID="${BACKUP_ID:-$(date -u +%Y%m%dT%H%M%SZ)}"
[[ "$BACKUP_ID" =~ ^[0-9]{8}T[0-9]{6}Z$ ]] || die "--id must look like 20260101T020000Z (ids sort by time)" 64
need_cmd gcloud gsutil sha256sum
BACKUP_BUCKET="${BACKUP_BUCKET%/}"
SECONDARY_BUCKET="${SECONDARY_BUCKET%/}"
primary="$BACKUP_BUCKET/backups/$BACKUP_ID"
secondary="$SECONDARY_BUCKET/backups/$BACKUP_ID"
scope=(--project="$PROJECT_ID" --region="$REGION")
work="$(mktemp -d "${TMPDIR:-/tmp}/backup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
files=()

log "backup $BACKUP_ID ($ONLY) to $primary and $secondary"

# 1. Redis.
if [[ "$ONLY" != data ]]; then
  if [[ "$REDIS_MODE" == memorystore ]]; then
    # Memorystore writes the RDB file into the bucket itself; a copy comes back to be checksummed
    run gcloud redis instances export "$primary/redis.rdb" "$REDIS_INSTANCE" "${scope[@]}"
    run gsutil -q cp "$primary/redis.rdb" "$work/redis.rdb"
  else
    need_cmd redis-cli
    parse_redis_url "$(redis_url)"
    run redis-cli "${REDIS_CLI[@]}" --rdb "$work/redis.rdb"
    run gsutil -q cp "$work/redis.rdb" "$primary/redis.rdb"
  fi
  files+=(redis.rdb)
fi

# 2. The open-data snapshot the running image was built with, and the service's configuration.
if [[ "$ONLY" != redis ]]; then
  cp "$SNAPSHOT" "$work/corpus.json"
  run gsutil -q cp "$work/corpus.json" "$primary/corpus.json"
  files+=(corpus.json)
  if [[ -n "$SERVICE" ]]; then
    gcloud run services describe "$SERVICE" "${scope[@]}" --format=export >"$work/service.yaml"
    run gsutil -q cp "$work/service.yaml" "$primary/service.yaml"
    files+=(service.yaml)
  fi
fi

if [[ "$DRY_RUN" == true ]]; then
  log "[dry-run] would write MANIFEST.sha256 for ${files[*]}, copy to $secondary, verify both, set ${RETENTION_DAYS}-day retention"
  echo "$BACKUP_ID"
  exit 0
fi

# 3. The manifest, then the copy to the second region.
(cd "$work" && sha256sum -- "${files[@]}" >MANIFEST.sha256)
run gsutil -q cp "$work/MANIFEST.sha256" "$primary/MANIFEST.sha256"
for file in "${files[@]}" MANIFEST.sha256; do
  run gsutil -q cp "$primary/$file" "$secondary/$file"
done

# 4. Integrity: every object in both buckets hashes to what the manifest says.
verify_copy() { # BASE_URL
  local expected name actual
  while read -r expected name; do
    actual="$(gsutil cat "$1/$name" | sha256sum | cut -d' ' -f1)"
    if [[ "$actual" != "$expected" ]]; then
      log "integrity check failed: $1/$name has sha256 $actual, the manifest says $expected"
      return 1
    fi
  done <"$work/MANIFEST.sha256"
}
verify_copy "$primary" || die "the primary copy of backup $BACKUP_ID is damaged"
verify_copy "$secondary" || die "the secondary copy of backup $BACKUP_ID is damaged"
log "verified ${#files[@]} files in both buckets against MANIFEST.sha256"

# 5. Retention: the buckets delete backups older than RETENTION_DAYS themselves (a lifecycle rule, applied every
# run so that it cannot drift), rather than a listing cut by count.
printf '{"rule":[{"action":{"type":"Delete"},"condition":{"age":%d,"matchesPrefix":["backups/"]}}]}\n' \
  "$RETENTION_DAYS" >"$work/lifecycle.json"
run gsutil lifecycle set "$work/lifecycle.json" "$BACKUP_BUCKET"
run gsutil lifecycle set "$work/lifecycle.json" "$SECONDARY_BUCKET"

log "backup $BACKUP_ID complete"
echo "$BACKUP_ID"
