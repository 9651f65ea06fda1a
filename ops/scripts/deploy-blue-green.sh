#!/usr/bin/env bash
# Blue/green release on Cloud Run (design 3.2, corrected): the new revision is created with no traffic and a tag,
# checked through its tag URL (readiness, then the smoke test), given a canary share, watched, and then either
# given all traffic or rolled back to exactly the split it replaced.
#
# Exit status: 0 promoted; 1 stopped before the new revision had traffic; 2 rolled back; 64 usage.
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'EOF'
Usage: ops/scripts/deploy-blue-green.sh --image IMAGE [options]

  --image IMAGE            container image, by digest or git-SHA tag (required)
  --project ID             Google Cloud project            (env PROJECT_ID, required)
  --region REGION          Cloud Run region                (env REGION, required)
  --service NAME           Cloud Run service               (env SERVICE, required)
  --service-yaml FILE      service template                (ops/cloudrun/service.yaml)
  --revision-suffix S      revision = SERVICE-S             (git SHA prefix + UTC time)
  --tag NAME               tag of the new revision          (blue)
  --canary-percent N       traffic share of the canary      (10)
  --watch-seconds N        how long the canary is watched   (300, the design's 5 minutes)
  --samples N              error-rate readings while watching (5)
  --max-error-rate R       roll back above this 5xx share   (0.05)
  --min-instances N        autoscaling minimum              (3)
  --max-instances N        autoscaling maximum              (20)
  --app-version V          APP_VERSION of the revision      (env GITHUB_SHA, else the image tag)
  --render-only            print the service YAML for a first deploy and exit (no cloud call)
  --dry-run                read the service, print every change, change nothing
  -h, --help               this text

Settings the service template reads from the environment: SERVICE_ACCOUNT, VPC_NETWORK, VPC_SUBNET,
ALERT_EMAIL_TO, ALERT_EMAIL_FROM, LB_ADDRESSES (the external load balancer's IP addresses, comma-separated: the
entries it appends to X-Forwarded-For, which the server skips to find the client) (required), SECRET_PREFIX (prefix
of the Secret Manager secret names, optional), VECTOR_SEARCH_ENDPOINT_URL, VECTOR_SEARCH_INDEX_ENDPOINT and
VECTOR_SEARCH_DEPLOYED_INDEX_ID (Vertex AI Vector Search, all three or none), TRANSLATION_GLOSSARY (the Cloud
Translation glossary of place names) (optional: docs/operations.md).
The smoke test is `npm run test:smoke -- --endpoint URL` (SMOKE_CMD overrides the command before the URL).
EOF
}

IMAGE=""
SERVICE_YAML="$(dirname "${BASH_SOURCE[0]}")/../cloudrun/service.yaml"
REVISION_SUFFIX=""
TAG="blue"
CANARY_PERCENT=10
WATCH_SECONDS=300
SAMPLES=5
MAX_ERROR_RATE=0.05
MIN_INSTANCES=3
MAX_INSTANCES=20
APP_VERSION="${GITHUB_SHA:-}"
RENDER_ONLY=false
PROJECT_ID="${PROJECT_ID:-}"
REGION="${REGION:-}"
SERVICE="${SERVICE:-}"

while (($#)); do
  case "$1" in
    --image) IMAGE="${2:?}"; shift 2 ;;
    --project) PROJECT_ID="${2:?}"; shift 2 ;;
    --region) REGION="${2:?}"; shift 2 ;;
    --service) SERVICE="${2:?}"; shift 2 ;;
    --service-yaml) SERVICE_YAML="${2:?}"; shift 2 ;;
    --revision-suffix) REVISION_SUFFIX="${2:?}"; shift 2 ;;
    --tag) TAG="${2:?}"; shift 2 ;;
    --canary-percent) CANARY_PERCENT="${2:?}"; shift 2 ;;
    --watch-seconds) WATCH_SECONDS="${2:?}"; shift 2 ;;
    --samples) SAMPLES="${2:?}"; shift 2 ;;
    --max-error-rate) MAX_ERROR_RATE="${2:?}"; shift 2 ;;
    --min-instances) MIN_INSTANCES="${2:?}"; shift 2 ;;
    --max-instances) MAX_INSTANCES="${2:?}"; shift 2 ;;
    --app-version) APP_VERSION="${2:?}"; shift 2 ;;
    --render-only) RENDER_ONLY=true; shift ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" 64 ;;
  esac
done

require IMAGE PROJECT_ID REGION SERVICE SERVICE_ACCOUNT VPC_NETWORK VPC_SUBNET ALERT_EMAIL_TO ALERT_EMAIL_FROM LB_ADDRESSES
[[ -f "$SERVICE_YAML" ]] || die "service template not found: $SERVICE_YAML" 64
if ! [[ "$CANARY_PERCENT" =~ ^[0-9]+$ ]] || ((CANARY_PERCENT < 1 || CANARY_PERCENT > 50)); then die "--canary-percent must be 1..50" 64; fi
[[ "$WATCH_SECONDS" =~ ^[0-9]+$ ]] || die "--watch-seconds must be a whole number" 64
if ! [[ "$SAMPLES" =~ ^[1-9][0-9]*$ ]]; then die "--samples must be at least 1" 64; fi
for count in "$MIN_INSTANCES" "$MAX_INSTANCES"; do [[ "$count" =~ ^[0-9]+$ ]] || die "instance counts must be whole numbers" 64; done
is_number "$MAX_ERROR_RATE" || die "--max-error-rate must be a number such as 0.05" 64
[[ "$SERVICE" =~ ^[a-z]([-a-z0-9]*[a-z0-9])?$ ]] || die "--service must be a Cloud Run service name" 64
APP_VERSION="${APP_VERSION:-${IMAGE##*:}}"
if [[ -z "$REVISION_SUFFIX" ]]; then
  REVISION_SUFFIX="$(printf '%s' "${GITHUB_SHA:-${IMAGE##*:}}" | tr -cd 'a-z0-9' | cut -c1-7)-$(date -u +%Y%m%d%H%M%S)"
fi
NEW_REVISION="${SERVICE}-${REVISION_SUFFIX}"
[[ "$NEW_REVISION" =~ ^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$ ]] || die "revision name $NEW_REVISION is not valid (63 characters, a-z 0-9 -)" 64
scope=(--project="$PROJECT_ID" --region="$REGION")

# The template with its ${...} fields filled; the traffic block (the file's last section) is passed in.
render_service() {
  local traffic="$1" text name
  local -A fields=(
    [SERVICE]="$SERVICE" [REGION]="$REGION" [PROJECT_ID]="$PROJECT_ID" [IMAGE]="$IMAGE" [REVISION]="$NEW_REVISION"
    [APP_VERSION]="$APP_VERSION" [MIN_INSTANCES]="$MIN_INSTANCES" [MAX_INSTANCES]="$MAX_INSTANCES"
    [SERVICE_ACCOUNT]="${SERVICE_ACCOUNT:-}" [VPC_NETWORK]="${VPC_NETWORK:-}" [VPC_SUBNET]="${VPC_SUBNET:-}"
    [SECRET_PREFIX]="${SECRET_PREFIX:-}" [ALERT_EMAIL_TO]="${ALERT_EMAIL_TO:-}" [ALERT_EMAIL_FROM]="${ALERT_EMAIL_FROM:-}"
    [LB_ADDRESSES]="${LB_ADDRESSES:-}"
    [VECTOR_SEARCH_ENDPOINT_URL]="${VECTOR_SEARCH_ENDPOINT_URL:-}" [VECTOR_SEARCH_INDEX_ENDPOINT]="${VECTOR_SEARCH_INDEX_ENDPOINT:-}"
    [VECTOR_SEARCH_DEPLOYED_INDEX_ID]="${VECTOR_SEARCH_DEPLOYED_INDEX_ID:-}" [TRANSLATION_GLOSSARY]="${TRANSLATION_GLOSSARY:-}"
  )
  text="$(sed '/^  traffic:/,$d' "$SERVICE_YAML")"
  for name in "${!fields[@]}"; do text="${text//"\${$name}"/"${fields[$name]}"}"; done
  local unfilled='\$\{[A-Z_]+\}'
  if [[ "$text" =~ $unfilled ]]; then die "unfilled field in $SERVICE_YAML: ${BASH_REMATCH[0]}" 64; fi
  printf '%s\n  traffic:\n%s\n' "$text" "$traffic"
}

traffic_entry() { # REVISION PERCENT [TAG]
  printf '    - revisionName: %s\n      percent: %s\n' "$1" "$2"
  if [[ -n "${3:-}" ]]; then printf '      tag: %s\n' "$3"; fi
}

if $RENDER_ONLY; then
  render_service "$(traffic_entry "$NEW_REVISION" 100 "$TAG")"
  exit 0
fi

need_cmd gcloud curl jq
[[ -n "${SMOKE_CMD:-}" ]] || need_cmd npm

# 1. What serves now: the split to return to if the canary fails.
log "service $SERVICE in $PROJECT_ID/$REGION: new revision $NEW_REVISION from $IMAGE"
exists="$(gcloud run services list "${scope[@]}" --filter="metadata.name=$SERVICE" --format='value(metadata.name)')"
previous=()
if [[ -n "$exists" ]]; then
  described="$(gcloud run services describe "$SERVICE" "${scope[@]}" --format=json)"
  mapfile -t previous < <(jq -r '.status.traffic[]? | select((.percent // 0) > 0) | "\(.revisionName)=\(.percent)"' <<<"$described")
  ((${#previous[@]} > 0)) || die "service $SERVICE has no revision with traffic: fix it by hand before a blue/green deploy"
  log "current traffic: ${previous[*]}"
fi

# 2. The new revision, tagged, with no traffic (all of it on a first deploy: there is nobody to protect yet).
traffic=""
if ((${#previous[@]} == 0)); then
  traffic="$(traffic_entry "$NEW_REVISION" 100 "$TAG")"
else
  for entry in "${previous[@]}"; do traffic+="$(traffic_entry "${entry%=*}" "${entry##*=}")"$'\n'; done
  traffic+="$(traffic_entry "$NEW_REVISION" 0 "$TAG")"
fi
rendered="$(mktemp "${TMPDIR:-/tmp}/service.XXXXXX.yaml")"
trap 'rm -f "$rendered"' EXIT
render_service "$traffic" >"$rendered"
run gcloud run services replace "$rendered" "${scope[@]}"

if [[ "$DRY_RUN" == true ]]; then
  log "[dry-run] would check $NEW_REVISION through its '$TAG' URL, then move $CANARY_PERCENT % to it for ${WATCH_SECONDS}s"
  exit 0
fi

# 3. Readiness and the smoke test through the tag URL, before any user reaches the revision.
TAG_URL="$(gcloud run services describe "$SERVICE" "${scope[@]}" --format=json |
  jq -r --arg tag "$TAG" '.status.traffic[]? | select(.tag == $tag) | .url // empty' | head -n 1)"
[[ -n "$TAG_URL" ]] || die "no URL for tag '$TAG' on $SERVICE"
log "checking $NEW_REVISION at $TAG_URL"
if ! curl -fsS --max-time 10 --retry 6 --retry-delay 5 --retry-all-errors -o /dev/null "$TAG_URL/api/health/ready"; then
  die "$NEW_REVISION is not ready: it has no traffic; nothing to roll back"
fi
read -r -a smoke <<<"${SMOKE_CMD:-npm run --silent test:smoke -- --endpoint}"
if ! "${smoke[@]}" "$TAG_URL"; then
  die "smoke test failed on $NEW_REVISION: it has no traffic; nothing to roll back"
fi
if ((${#previous[@]} == 0)); then
  log "first deploy: $NEW_REVISION serves all traffic"
  echo "$NEW_REVISION"
  exit 0
fi

# 4. Canary: the new revision gets CANARY_PERCENT, the previous split shares the rest in its own proportions.
canary_split="$(printf '%s\n' "${previous[@]}" | awk -F= -v rest=$((100 - CANARY_PERCENT)) '
  { name[NR] = $1; pct[NR] = $2; total += $2 }
  END {
    for (i = 1; i <= NR; i++) { share[i] = int(pct[i] * rest / total); given += share[i] }
    share[1] += rest - given
    for (i = 1; i <= NR; i++) if (share[i] > 0) printf "%s%s=%d", (n++ ? "," : ""), name[i], share[i]
  }')"
run gcloud run services update-traffic "$SERVICE" "${scope[@]}" --to-revisions="$NEW_REVISION=$CANARY_PERCENT,$canary_split"

rollback() {
  log "rolling back: $1"
  local split
  split="$(printf '%s,' "${previous[@]}")"
  run gcloud run services update-traffic "$SERVICE" "${scope[@]}" --to-revisions="${split%,}"
  exit 2
}

# 5. Watch the canary's 5-minute error rate (its own instances, through the tag URL) several times.
interval=$((WATCH_SECONDS / SAMPLES))
unreadable=0
for ((sample = 1; sample <= SAMPLES; sample++)); do
  sleep "$interval"
  if ! health="$(curl -fsS --max-time 10 "$TAG_URL/api/health")"; then
    unreadable=$((unreadable + 1))
    log "sample $sample/$SAMPLES: health unreadable"
    continue
  fi
  rate="$(jq -r '.data.metrics.errorRate // empty' <<<"$health" 2>/dev/null || true)"
  if ! is_number "$rate"; then
    unreadable=$((unreadable + 1))
    log "sample $sample/$SAMPLES: no data.metrics.errorRate in the health answer"
    continue
  fi
  log "sample $sample/$SAMPLES: error rate $rate (requests in 5 min: $(jq -r '.data.metrics.requests5m // "?"' <<<"$health"))"
  if above "$rate" "$MAX_ERROR_RATE"; then rollback "error rate $rate is above $MAX_ERROR_RATE"; fi
done
if ((unreadable * 2 > SAMPLES)); then rollback "the error rate could not be read in $unreadable of $SAMPLES samples"; fi

# 6. Promote.
run gcloud run services update-traffic "$SERVICE" "${scope[@]}" --to-revisions="$NEW_REVISION=100"
log "promoted: $NEW_REVISION serves 100 %"
echo "$NEW_REVISION"
