#!/usr/bin/env bash
# Switches maintenance mode (src/server/maintenance.ts): every request but the probes and metrics gets 503, a
# Retry-After and the message in the user's language; sessions are untouched.
#   via redis (default): the flag `tac:maintenance` that every instance reads every 5 s. No redeploy.
#   via env: MAINTENANCE_MODE on a new revision (when Redis cannot be reached from where this runs).
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'EOF'
Usage: ops/scripts/maintenance-mode.sh on|off|status [options]

  --until TIME              expected end (ISO 8601 or Unix seconds): clients get a Retry-After up to it
  --via redis|env           the Redis flag (no redeploy) or MAINTENANCE_MODE on a new revision   (redis)
  --redis-url-secret NAME   Secret Manager secret with REDIS_URL (via redis; env REDIS_URL wins)
  --project ID --region R --service S   Cloud Run service (via env; env PROJECT_ID, REGION, SERVICE)
  --dry-run                 print the change, make none
  -h, --help                this text
EOF
}

KEY="tac:maintenance"
ACTION="${1:-}"
[[ "$ACTION" =~ ^(on|off|status)$ ]] || { usage >&2; die "first argument: on, off or status" 64; }
shift
VIA=redis
UNTIL=""
PROJECT_ID="${PROJECT_ID:-}"
REGION="${REGION:-}"
SERVICE="${SERVICE:-}"
REDIS_URL_SECRET="${REDIS_URL_SECRET:-}"
while (($#)); do
  case "$1" in
    --until) UNTIL="${2:?}"; shift 2 ;;
    --via) VIA="${2:?}"; shift 2 ;;
    --redis-url-secret) REDIS_URL_SECRET="${2:?}"; shift 2 ;;
    --project) PROJECT_ID="${2:?}"; shift 2 ;;
    --region) REGION="${2:?}"; shift 2 ;;
    --service) SERVICE="${2:?}"; shift 2 ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" 64 ;;
  esac
done
[[ "$VIA" =~ ^(redis|env)$ ]] || die "--via is redis or env" 64

value=1
if [[ -n "$UNTIL" ]]; then
  [[ "$ACTION" == on ]] || die "--until goes with on" 64
  if [[ "$UNTIL" =~ ^[0-9]{9,11}$ ]]; then value="$UNTIL"; else value="$(date -u -d "$UNTIL" +%s 2>/dev/null)" || die "--until is not a time: $UNTIL" 64; fi
  ((value > $(date +%s))) || die "--until is in the past: $UNTIL" 64
fi

if [[ "$VIA" == redis ]]; then
  need_cmd redis-cli
  if [[ -z "${REDIS_URL:-}" ]]; then require PROJECT_ID; fi
  parse_redis_url "$(redis_url)"
  case "$ACTION" in
    on) run redis-cli "${REDIS_CLI[@]}" SET "$KEY" "$value" >/dev/null ;;
    off) run redis-cli "${REDIS_CLI[@]}" DEL "$KEY" >/dev/null ;;
    status) echo "${KEY}=$(redis-cli "${REDIS_CLI[@]}" GET "$KEY")" ;;
  esac
else
  require PROJECT_ID REGION SERVICE
  need_cmd gcloud jq
  scope=(--project="$PROJECT_ID" --region="$REGION")
  case "$ACTION" in
    on | off)
      # a new revision with the variable; traffic follows it (a blue/green deploy pins traffic to a revision)
      run gcloud run services update "$SERVICE" "${scope[@]}" --update-env-vars="MAINTENANCE_MODE=$([[ $ACTION == on ]] && echo true || echo false)"
      run gcloud run services update-traffic "$SERVICE" "${scope[@]}" --to-latest
      ;;
    status)
      gcloud run services describe "$SERVICE" "${scope[@]}" --format=json |
        jq -r '"MAINTENANCE_MODE=" + ((.spec.template.spec.containers[0].env // [] | map(select(.name == "MAINTENANCE_MODE"))[0].value) // "unset")'
      ;;
  esac
fi
if [[ "$ACTION" != status ]]; then
  log "maintenance $ACTION via $VIA$([[ -n "$UNTIL" ]] && echo " until $(date -u -d "@$value" +%Y-%m-%dT%H:%M:%SZ)")"
  if [[ "$VIA" == redis ]]; then log "every instance follows within 5 seconds (MAINTENANCE.pollIntervalMs)"; fi
fi
