#!/usr/bin/env bash
# Daily health check (design 5.1.2, corrected). Read only. Each check prints ok / WARN / FAIL; the exit status is 1
# when any check failed. Redis and Gemini are judged by the service's own readiness answer (its Redis ping and its
# circuit breakers), not from this machine: Memorystore has no public address, and a Gemini key on an operator's
# command line (as in the design, sent as a Bearer token Gemini does not accept) would leak it.
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'EOF'
Usage: ops/scripts/daily-health-check.sh --url URL [options]

  --url URL                 the service's public URL                        (env SERVICE_URL)
  --project ID --region R --service S   the Cloud Run service (env PROJECT_ID, REGION, SERVICE); without them
                            only the URL is checked
  --redis-instance NAME     Memorystore instance to check                    (env REDIS_INSTANCE)
  --max-error-rate R        warn above this 5-minute 5xx share (the design's daily target: 1 %)   (0.01)
  --dry-run                 print the checks, run none
  -h, --help                this text
EOF
}

URL="${SERVICE_URL:-}"
PROJECT_ID="${PROJECT_ID:-}"
REGION="${REGION:-}"
SERVICE="${SERVICE:-}"
REDIS_INSTANCE="${REDIS_INSTANCE:-}"
MAX_ERROR_RATE=0.01
while (($#)); do
  case "$1" in
    --url) URL="${2:?}"; shift 2 ;;
    --project) PROJECT_ID="${2:?}"; shift 2 ;;
    --region) REGION="${2:?}"; shift 2 ;;
    --service) SERVICE="${2:?}"; shift 2 ;;
    --redis-instance) REDIS_INSTANCE="${2:?}"; shift 2 ;;
    --max-error-rate) MAX_ERROR_RATE="${2:?}"; shift 2 ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" 64 ;;
  esac
done
require URL
is_number "$MAX_ERROR_RATE" || die "--max-error-rate must be a number" 64
URL="${URL%/}"
if [[ "$DRY_RUN" == true ]]; then
  log "[dry-run] would read $URL/api/health/ready${SERVICE:+, Cloud Run $SERVICE}${REDIS_INSTANCE:+, Memorystore $REDIS_INSTANCE}, and a day of error logs"
  exit 0
fi
need_cmd curl jq

failures=0
report() { # ok|WARN|FAIL MESSAGE
  printf '%-4s %s\n' "$1" "$2"
  if [[ "$1" == FAIL ]]; then failures=$((failures + 1)); fi
}

echo "=== tokyo-ai-chat daily health check, $(date -u +%Y-%m-%dT%H:%M:%SZ) ==="

# 1. Readiness, as the load balancer and Cloud Run see it: snapshot, Redis, breakers, error rate.
if ready="$(curl -sS --max-time 10 -w '\n%{http_code}' "$URL/api/health/ready")"; then
  code="${ready##*$'\n'}"
  body="${ready%$'\n'*}"
  if [[ "$code" == 200 ]]; then report ok "readiness: 200, version $(jq -r '.data.version' <<<"$body")"; else report FAIL "readiness: HTTP $code"; fi
  while IFS=$'\t' read -r name status detail; do
    case "$status" in
      ok) report ok "check $name${detail:+ ($detail)}" ;;
      degraded) report WARN "check $name degraded${detail:+ ($detail)}" ;;
      *) report FAIL "check $name: $status${detail:+ ($detail)}" ;;
    esac
  done < <(jq -r '.data.checks // {} | to_entries[] | [.key, .value.status, (.value.error // (.value.states // "" | tostring))] | @tsv' <<<"$body" 2>/dev/null)
  rate="$(jq -r '.data.metrics.errorRate // empty' <<<"$body" 2>/dev/null || true)"
  if ! is_number "$rate"; then report FAIL "error rate: not reported"
  elif above "$rate" "$MAX_ERROR_RATE"; then report WARN "error rate (5 min, this instance): $rate > $MAX_ERROR_RATE"
  else report ok "error rate (5 min, this instance): $rate"; fi
  if [[ "$(jq -r '.data.maintenance.enabled // false' <<<"$body" 2>/dev/null)" == true ]]; then report WARN "maintenance mode is ON"; fi
else
  report FAIL "readiness: no answer from $URL"
fi

# 2. Cloud Run: the service is Ready and serves the revision it should.
if [[ -n "$SERVICE" ]]; then
  require PROJECT_ID REGION
  scope=(--project="$PROJECT_ID" --region="$REGION")
  if described="$(gcloud run services describe "$SERVICE" "${scope[@]}" --format=json)"; then
    ready_status="$(jq -r '.status.conditions[]? | select(.type == "Ready") | .status' <<<"$described")"
    traffic="$(jq -r '[.status.traffic[]? | select((.percent // 0) > 0) | "\(.revisionName) \(.percent)%"] | join(", ")' <<<"$described")"
    if [[ "$ready_status" == True ]]; then report ok "Cloud Run $SERVICE ready; traffic: $traffic"; else report FAIL "Cloud Run $SERVICE Ready=$ready_status"; fi
  else
    report FAIL "Cloud Run $SERVICE could not be described"
  fi
  errors="$(gcloud logging read \
    "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"$SERVICE\" AND severity>=ERROR" \
    --project="$PROJECT_ID" --freshness=1d --limit=1000 --format='value(timestamp)' | wc -l)"
  if ((errors == 0)); then report ok "error log lines in 24 h: 0"; else report WARN "error log lines in 24 h: $errors (gcloud logging read ... severity>=ERROR)"; fi
fi

# 3. Memorystore: state and persistence.
if [[ -n "$REDIS_INSTANCE" ]]; then
  require PROJECT_ID REGION
  state="$(gcloud redis instances describe "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$REGION" --format='value(state)' || echo unknown)"
  if [[ "$state" == READY ]]; then report ok "Memorystore $REDIS_INSTANCE: READY"; else report FAIL "Memorystore $REDIS_INSTANCE: $state"; fi
fi

echo "=== $failures failed ==="
((failures == 0))
