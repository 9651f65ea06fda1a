#!/usr/bin/env bash
# Restores a backup made by automated-backup.sh. Every file is checked against the backup's sha256 manifest before
# anything is changed. Redis: Memorystore imports the RDB file (replacing all data); a self-managed Redis gets the
# keys copied in by MIGRATE from a throw-away redis-server that loaded the file, so the target keeps running and
# every key keeps its remaining time to live (the design's `redis-cli --pipe < dump.rdb` cannot work: an RDB
# file is not a command stream).
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'EOF'
Usage: ops/scripts/restore.sh --id ID|latest --yes [options]

  --id ID|latest             backup to restore (latest: the newest in the bucket)
  --from primary|secondary   which copy to read                          (primary)
  --project ID               Google Cloud project                        (env PROJECT_ID, required)
  --region REGION            region of the Memorystore instance           (env REGION, required)
  --primary-bucket gs://B    (env BACKUP_BUCKET)      --secondary-bucket gs://B   (env SECONDARY_BUCKET)
  --redis-mode MODE          memorystore (gcloud redis instances import) or rdb   (env REDIS_MODE, memorystore)
  --redis-instance NAME      Memorystore instance to import into          (env REDIS_INSTANCE)
  --redis-url-secret NAME    Secret Manager secret with the target REDIS_URL (rdb mode; env REDIS_URL wins)
  --snapshot-out FILE        where to write the backed-up open-data snapshot (not written when absent)
  --skip-redis               restore files only
  --yes                      confirm: the restore replaces the data in the target Redis
  --dry-run                  download and verify, print every change, change nothing
  -h, --help                 this text
EOF
}

backup_settings
BACKUP_ID=""
FROM=primary
SNAPSHOT_OUT=""
SKIP_REDIS=false
YES=false
# MIGRATE batch: keys per command, and its timeout in milliseconds
MIGRATE_BATCH="${MIGRATE_BATCH:-500}"
MIGRATE_TIMEOUT_MS="${MIGRATE_TIMEOUT_MS:-10000}"

while (($#)); do
  case "$1" in
    --id) BACKUP_ID="${2:?}"; shift 2 ;;
    --from) FROM="${2:?}"; shift 2 ;;
    --snapshot-out) SNAPSHOT_OUT="${2:?}"; shift 2 ;;
    --skip-redis) SKIP_REDIS=true; shift ;;
    --yes) YES=true; shift ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) if backup_flag "$1" "${2:-}"; then shift 2; else usage >&2; die "unknown argument: $1" 64; fi ;;
  esac
done

require BACKUP_ID PROJECT_ID REGION
[[ "$FROM" =~ ^(primary|secondary)$ ]] || die "--from is primary or secondary" 64
[[ "$REDIS_MODE" =~ ^(memorystore|rdb)$ ]] || die "--redis-mode is memorystore or rdb" 64
if [[ "$FROM" == primary ]]; then require BACKUP_BUCKET; bucket="${BACKUP_BUCKET%/}"; else require SECONDARY_BUCKET; bucket="${SECONDARY_BUCKET%/}"; fi
if ! $SKIP_REDIS && [[ "$REDIS_MODE" == memorystore ]]; then require REDIS_INSTANCE; fi
if [[ "$DRY_RUN" != true ]] && ! $YES; then die "a restore replaces the target's data: add --yes (or try --dry-run first)" 64; fi
need_cmd gcloud gsutil sha256sum
scope=(--project="$PROJECT_ID" --region="$REGION")

if [[ "$BACKUP_ID" == latest ]]; then
  BACKUP_ID="$(gsutil ls "$bucket/backups/" | sed -nE 's#.*/backups/([0-9]{8}T[0-9]{6}Z)/$#\1#p' | sort | tail -n 1)"
  [[ -n "$BACKUP_ID" ]] || die "no backup in $bucket/backups/"
fi
[[ "$BACKUP_ID" =~ ^[0-9]{8}T[0-9]{6}Z$ ]] || die "--id must be a backup id such as 20260101T020000Z, or latest" 64
source_url="$bucket/backups/$BACKUP_ID"
work="$(mktemp -d "${TMPDIR:-/tmp}/restore.XXXXXX")"
temp_redis_pid=""
cleanup() {
  if [[ -n "$temp_redis_pid" ]]; then kill "$temp_redis_pid" 2>/dev/null || true; wait "$temp_redis_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Download and verify everything before changing anything.
log "restoring backup $BACKUP_ID from $source_url"
gsutil -q cp "$source_url/MANIFEST.sha256" "$work/MANIFEST.sha256"
mapfile -t names < <(awk '{ print $2 }' "$work/MANIFEST.sha256")
for name in "${names[@]}"; do
  [[ "$name" =~ ^[a-z0-9.]+$ ]] || die "unexpected file name in the manifest: $name"
  gsutil -q cp "$source_url/$name" "$work/$name"
done
(cd "$work" && sha256sum --check --quiet MANIFEST.sha256) || die "backup $BACKUP_ID does not match its manifest: nothing was restored"
log "verified ${#names[@]} files against MANIFEST.sha256"

# 2. Redis.
has() { [[ " ${names[*]} " == *" $1 "* ]]; }
if ! $SKIP_REDIS; then
  has redis.rdb || die "backup $BACKUP_ID has no redis.rdb (made with --only data?)"
  if [[ "$REDIS_MODE" == memorystore ]]; then
    run gcloud redis instances import "$source_url/redis.rdb" "$REDIS_INSTANCE" "${scope[@]}"
  else
    need_cmd redis-server redis-cli
    parse_redis_url "$(redis_url)"
    $REDIS_TLS && die "rdb mode copies keys with MIGRATE, which has no TLS: use --redis-mode memorystore for a TLS instance" 64
    # the backup, loaded by a private redis-server on a unix socket (no port, no password, gone on exit)
    socket="$work/redis.sock"
    # the private server has no password: the target's (REDISCLI_AUTH) must not be offered to it
    temp_cli() { env -u REDISCLI_AUTH redis-cli -s "$socket" "$@"; }
    redis-server --port 0 --unixsocket "$socket" --unixsocketperm 700 --dir "$work" --dbfilename redis.rdb \
      --save '' --appendonly no --logfile "$work/redis-server.log" &
    temp_redis_pid=$!
    for _ in $(seq 1 300); do
      if [[ -S "$socket" ]] && [[ "$(temp_cli ping 2>/dev/null)" == PONG ]]; then break; fi
      kill -0 "$temp_redis_pid" 2>/dev/null || die "could not load redis.rdb: $(tail -n 3 "$work/redis-server.log")"
      sleep 0.1
    done
    loaded="$(temp_cli dbsize)"
    log "backup holds $loaded keys; copying them to $REDIS_HOST:$REDIS_PORT db $REDIS_DB"
    quoted() { local text="${1//\\/\\\\}"; printf '"%s"' "${text//\"/\\\"}"; }
    auth=""
    if [[ -n "$REDIS_PASSWORD" && -n "$REDIS_USER" ]]; then
      auth="AUTH2 $(quoted "$REDIS_USER") $(quoted "$REDIS_PASSWORD") "
    elif [[ -n "$REDIS_PASSWORD" ]]; then
      auth="AUTH $(quoted "$REDIS_PASSWORD") "
    fi
    if [[ "$DRY_RUN" == true ]]; then
      log "[dry-run] would MIGRATE $loaded keys (COPY REPLACE, in batches of $MIGRATE_BATCH)"
    else
      # MIGRATE commands reach redis-cli on stdin and the password reaches awk in its environment, so the
      # password is on no command line (which any user of the machine could list)
      replies="$work/migrate.replies"
      temp_cli --scan |
        MIGRATE_AUTH="$auth" awk -v host="$REDIS_HOST" -v port="$REDIS_PORT" -v db="$REDIS_DB" \
          -v timeout="$MIGRATE_TIMEOUT_MS" -v batch="$MIGRATE_BATCH" '
          function flush() {
            if (n) print "MIGRATE \"" host "\" " port " \"\" " db " " timeout " COPY REPLACE " ENVIRON["MIGRATE_AUTH"] "KEYS" keys
            n = 0; keys = ""
          }
          { gsub(/\\/, "&&"); gsub(/"/, "\\\""); keys = keys " \"" $0 "\""; if (++n == batch) flush() }
          END { flush() }' |
        temp_cli >"$replies" || die "copying the keys failed; the target may be partly restored: run the restore again"
      # one reply a batch: OK, or NOKEY when every key of the batch had expired meanwhile
      failed="$(grep -vcE '^(OK|NOKEY)$' "$replies" || true)"
      batches="$(wc -l <"$replies")"
      if ((failed > 0 || batches < (loaded + MIGRATE_BATCH - 1) / MIGRATE_BATCH)); then
        die "$failed of $batches MIGRATE batches failed ($(grep -vE '^(OK|NOKEY)$' "$replies" | head -n 1)); run the restore again"
      fi
      log "copied $loaded keys (keys already expired in the backup are skipped, as Redis would have expired them)"
    fi
  fi
fi

# 3. The open-data snapshot, when asked for.
if [[ -n "$SNAPSHOT_OUT" ]]; then
  has corpus.json || die "backup $BACKUP_ID has no corpus.json"
  run cp "$work/corpus.json" "$SNAPSHOT_OUT"
fi
log "restore of $BACKUP_ID complete"
