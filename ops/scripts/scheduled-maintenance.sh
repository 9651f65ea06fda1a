#!/usr/bin/env bash
# Scheduled maintenance (design 5.3.1, corrected): maintenance mode on (the Redis flag: no redeploy), Redis
# checked, a verified backup, maintenance mode off, then an optional release through the blue/green deploy (which
# needs no maintenance window: it has its own checks, canary and rollback), then a health check.
# Removed from the design: `npm audit fix --force` and `npm update` on the production side (dependency updates
# are pull requests that pass CI and reach production as a tested image), and the Slack call with a webhook on the
# command line (the service itself announces maintenance on and off through its notifier).
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(dirname "${BASH_SOURCE[0]}")"

usage() {
  cat <<'EOF'
Usage: ops/scripts/scheduled-maintenance.sh --notice-confirmed --until TIME [options]

  --notice-confirmed     the 24-hour notice to users was sent (required: the design's pre-check)
  --until TIME           end of the window (ISO 8601); clients are told to retry then
  --window HH:MM-HH:MM   the window in Japan time; refused outside it            (02:00-04:00)
  --ignore-window        run outside the window (an emergency)
  --image IMAGE          release this image after maintenance (deploy-blue-green.sh)
  --url URL              the service's public URL for the final health check      (env SERVICE_URL)
  --skip-backup          no backup (one was made by the nightly job minutes ago)
  --dry-run              print every change, make none
  -h, --help             this text

Reads the environment of automated-backup.sh, deploy-blue-green.sh and maintenance-mode.sh (PROJECT_ID, REGION,
SERVICE, BACKUP_BUCKET, SECONDARY_BUCKET, REDIS_MODE, REDIS_INSTANCE, REDIS_URL_SECRET, ...).
EOF
}

NOTICE=false
UNTIL=""
WINDOW="02:00-04:00"
IGNORE_WINDOW=false
IMAGE=""
URL="${SERVICE_URL:-}"
SKIP_BACKUP=false
while (($#)); do
  case "$1" in
    --notice-confirmed) NOTICE=true; shift ;;
    --until) UNTIL="${2:?}"; shift 2 ;;
    --window) WINDOW="${2:?}"; shift 2 ;;
    --ignore-window) IGNORE_WINDOW=true; shift ;;
    --image) IMAGE="${2:?}"; shift 2 ;;
    --url) URL="${2:?}"; shift 2 ;;
    --skip-backup) SKIP_BACKUP=true; shift ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" 64 ;;
  esac
done
$NOTICE || die "confirm that the maintenance notice went out 24 hours ahead: --notice-confirmed" 64
require UNTIL URL
[[ "$WINDOW" =~ ^([0-2][0-9]):([0-5][0-9])-([0-2][0-9]):([0-5][0-9])$ ]] || die "--window is HH:MM-HH:MM" 64
start="${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
end="${BASH_REMATCH[3]}${BASH_REMATCH[4]}"
now_jst="$(TZ=Asia/Tokyo date +%H%M)"
if ! $IGNORE_WINDOW && { [[ "$now_jst" < "$start" ]] || [[ ! "$now_jst" < "$end" ]]; }; then
  die "it is $now_jst JST, outside the window $WINDOW (--ignore-window for an emergency)" 64
fi
dry=()
[[ "$DRY_RUN" == true ]] && dry=(--dry-run)

log "scheduled maintenance until $UNTIL"
"$here/maintenance-mode.sh" on --until "$UNTIL" "${dry[@]}"
trap 'log "FAILED while in maintenance: it is still ON. Fix, then: ops/scripts/maintenance-mode.sh off"' ERR

# Redis: memory and persistence, read only (MEMORY PURGE only returns allocator pages and proves nothing).
if [[ "${REDIS_MODE:-memorystore}" == memorystore ]]; then
  require PROJECT_ID REGION REDIS_INSTANCE
  gcloud redis instances describe "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$REGION" \
    --format='table(name.basename(),state,tier,memorySizeGb,persistenceConfig.persistenceMode,currentLocationId)'
else
  parse_redis_url "$(redis_url)"
  redis-cli "${REDIS_CLI[@]}" INFO memory | grep -E '^(used_memory_human|maxmemory_human|mem_fragmentation_ratio):'
fi

if ! $SKIP_BACKUP; then "$here/automated-backup.sh" "${dry[@]}" >/dev/null; fi

"$here/maintenance-mode.sh" off "${dry[@]}"
trap - ERR

if [[ -n "$IMAGE" ]]; then "$here/deploy-blue-green.sh" --image "$IMAGE" "${dry[@]}"; fi
"$here/daily-health-check.sh" --url "$URL" "${dry[@]}"
log "scheduled maintenance complete"
