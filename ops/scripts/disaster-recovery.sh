#!/usr/bin/env bash
# Disaster recovery per scenario (design 7.2.2, corrected; the RPO/RTO table is in docs/operations.md):
#   app      traffic back to the last good revision (seconds; no rebuild, no `:latest` redeploy)
#   redis    Memorystore: import the newest verified backup; with --create, a new Standard-tier instance first,
#            then the service is redeployed so that it reads the new REDIS_URL secret version
#   region   the same image in the DR region (Japan: asia-northeast2 by default, not the design's us-central1),
#            Redis restored there from the secondary bucket, and the load balancer's backend moved to it
#            (its address, hence DNS, stays: the design's DNS edit with "OLD_IP_ADDRESS" placeholders is gone)
#   complete the region procedure from the secondary bucket's newest backup, also restoring the data snapshot
# No kubectl: there is no Kubernetes. Every step is printed; --dry-run changes nothing.
set -euo pipefail
# shellcheck source=ops/scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(dirname "${BASH_SOURCE[0]}")"

usage() {
  cat <<'EOF'
Usage: ops/scripts/disaster-recovery.sh app|redis|region|complete --yes [options]

  --project ID --region R --service S   the primary service (env PROJECT_ID, REGION, SERVICE; required)
  --revision NAME         app: the revision to return to (default: the newest ready one not serving now)
  --backup-id ID          redis, region, complete: backup to restore (latest)
  --create                redis: create the Memorystore instance before restoring (it was lost)
  --image IMAGE           region, complete: image to run in the DR region (by digest; from a registry that
                          survives the region, or rebuilt from git)                               (required)
  --dr-region R           region, complete: where to recover                (env DR_REGION, asia-northeast2)
  --url URL               the public URL to verify at the end               (env SERVICE_URL)
  --yes                   confirm (recovery changes production)
  --dry-run               print every change, make none
  -h, --help              this text

Environment: REDIS_INSTANCE, REDIS_SIZE_GB (5), REDIS_NETWORK (projects/P/global/networks/VPC), REDIS_URL_SECRET
(the Secret Manager secret the service reads as REDIS_URL: ${SECRET_PREFIX}redis-url), BACKUP_BUCKET,
SECONDARY_BUCKET, LB_BACKEND_SERVICE, PRIMARY_NEG, DR_NEG, and deploy-blue-green.sh's settings. Secret Manager is
global, so the DR service reads the same secrets; the Redis secret gets a version naming the DR instance.
EOF
}

SCENARIO="${1:-}"
[[ "$SCENARIO" =~ ^(app|redis|region|complete)$ ]] || { usage >&2; die "first argument: app, redis, region or complete" 64; }
shift
PROJECT_ID="${PROJECT_ID:-}"
REGION="${REGION:-}"
SERVICE="${SERVICE:-}"
REVISION=""
BACKUP_ID=latest
CREATE=false
IMAGE=""
DR_REGION="${DR_REGION:-asia-northeast2}"
URL="${SERVICE_URL:-}"
YES=false
while (($#)); do
  case "$1" in
    --project) PROJECT_ID="${2:?}"; shift 2 ;;
    --region) REGION="${2:?}"; shift 2 ;;
    --service) SERVICE="${2:?}"; shift 2 ;;
    --revision) REVISION="${2:?}"; shift 2 ;;
    --backup-id) BACKUP_ID="${2:?}"; shift 2 ;;
    --create) CREATE=true; shift ;;
    --image) IMAGE="${2:?}"; shift 2 ;;
    --dr-region) DR_REGION="${2:?}"; shift 2 ;;
    --url) URL="${2:?}"; shift 2 ;;
    --yes) YES=true; shift ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" 64 ;;
  esac
done
require PROJECT_ID REGION SERVICE URL
REDIS_URL_SECRET="${REDIS_URL_SECRET:-${SECRET_PREFIX:-}redis-url}"
if [[ "$DRY_RUN" != true ]] && ! $YES; then die "recovery changes production: add --yes (or try --dry-run first)" 64; fi
need_cmd gcloud jq curl
dry=()
[[ "$DRY_RUN" == true ]] && dry=(--dry-run)
started=$(date +%s)
log "disaster recovery: $SCENARIO"

# A Memorystore instance (Standard tier: a replica in another zone with automatic failover; RDB snapshots every
# hour), then its address as a new version of the secret the service reads as REDIS_URL (from stdin: never argv).
create_redis() { # REGION
  require REDIS_INSTANCE REDIS_NETWORK
  run gcloud redis instances create "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$1" --tier=standard \
    --size="${REDIS_SIZE_GB:-5}" --redis-version=redis_7_2 --network="$REDIS_NETWORK" \
    --connect-mode=private-service-access --enable-auth --persistence-mode=rdb --rdb-snapshot-period=1h
  [[ "$DRY_RUN" == true ]] && return 0
  local host port auth
  host="$(gcloud redis instances describe "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$1" --format='value(host)')"
  port="$(gcloud redis instances describe "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$1" --format='value(port)')"
  auth="$(gcloud redis instances get-auth-string "$REDIS_INSTANCE" --project="$PROJECT_ID" --region="$1" --format='value(authString)')"
  log "+ gcloud secrets versions add $REDIS_URL_SECRET --data-file=- (redis://:***@$host:$port)"
  printf 'redis://:%s@%s:%s' "$auth" "$host" "$port" |
    gcloud secrets versions add "$REDIS_URL_SECRET" --project="$PROJECT_ID" --data-file=-
}

restore_backup() { # REGION FROM [EXTRA...]
  local region="$1" from="$2"
  shift 2
  REDIS_MODE=memorystore PROJECT_ID="$PROJECT_ID" REGION="$region" \
    "$here/restore.sh" --id "$BACKUP_ID" --from "$from" --yes "${dry[@]}" "$@"
}

# The image the service runs now, for a redeploy that reads new secret versions.
serving_image() {
  gcloud run services describe "$SERVICE" --project="$PROJECT_ID" --region="$REGION" --format=json |
    jq -r '.spec.template.spec.containers[0].image'
}

case "$SCENARIO" in
  app)
    if [[ -z "$REVISION" ]]; then
      serving="$(gcloud run services describe "$SERVICE" --project="$PROJECT_ID" --region="$REGION" --format=json |
        jq -r '[.status.traffic[]? | select((.percent // 0) > 0) | .revisionName] | join(" ")')"
      REVISION="$(gcloud run revisions list --service="$SERVICE" --project="$PROJECT_ID" --region="$REGION" \
        --sort-by='~metadata.creationTimestamp' --format=json |
        jq -r --arg serving " $serving " '[.[] | select((.status.conditions // [] | map(select(.type == "Ready"))[0].status) == "True")
          | .metadata.name | . as $name | select($serving | contains(" " + $name + " ") | not)][0] // empty')"
      [[ -n "$REVISION" ]] || die "no other ready revision to return to: redeploy a known good image with deploy-blue-green.sh"
      log "serving now: $serving; returning to $REVISION"
    fi
    run gcloud run services update-traffic "$SERVICE" --project="$PROJECT_ID" --region="$REGION" --to-revisions="$REVISION=100"
    ;;
  redis)
    require REDIS_INSTANCE
    if $CREATE; then create_redis "$REGION"; fi
    restore_backup "$REGION" primary
    if $CREATE; then
      # a new revision resolves REDIS_URL's new version; same image, same checks
      REGION="$REGION" "$here/deploy-blue-green.sh" --image "$(serving_image)" --watch-seconds 60 --samples 3 "${dry[@]}"
    fi
    ;;
  region | complete)
    require IMAGE REDIS_INSTANCE LB_BACKEND_SERVICE DR_NEG
    # 1. Redis in the DR region, from the copy kept there
    create_redis "$DR_REGION"
    extra=()
    if [[ "$SCENARIO" == complete ]]; then extra=(--snapshot-out "${TMPDIR:-/tmp}/corpus-restored.json"); fi
    restore_backup "$DR_REGION" secondary "${extra[@]}"
    # 2. The service in the DR region (a first deploy there sends it all of its traffic after the checks)
    REGION="$DR_REGION" "$here/deploy-blue-green.sh" --image "$IMAGE" "${dry[@]}"
    # 3. The load balancer: the DR region's serverless NEG in, the primary's out; the address does not change
    if ! gcloud compute network-endpoint-groups describe "$DR_NEG" --project="$PROJECT_ID" --region="$DR_REGION" >/dev/null 2>&1; then
      run gcloud compute network-endpoint-groups create "$DR_NEG" --project="$PROJECT_ID" --region="$DR_REGION" \
        --network-endpoint-type=serverless --cloud-run-service="$SERVICE"
    fi
    run gcloud compute backend-services add-backend "$LB_BACKEND_SERVICE" --project="$PROJECT_ID" --global \
      --network-endpoint-group="$DR_NEG" --network-endpoint-group-region="$DR_REGION"
    if [[ -n "${PRIMARY_NEG:-}" ]]; then
      run gcloud compute backend-services remove-backend "$LB_BACKEND_SERVICE" --project="$PROJECT_ID" --global \
        --network-endpoint-group="$PRIMARY_NEG" --network-endpoint-group-region="$REGION"
    fi
    ;;
esac

# Verification: the public URL answers ready, and the smoke test passes.
if [[ "$DRY_RUN" == true ]]; then
  log "[dry-run] would verify $URL (readiness and smoke test)"
  exit 0
fi
curl -fsS --max-time 10 --retry 12 --retry-delay 10 --retry-all-errors -o /dev/null "$URL/api/health/ready" \
  || die "recovery of $SCENARIO done, but $URL is not ready"
read -r -a smoke <<<"${SMOKE_CMD:-npm run --silent test:smoke -- --endpoint}"
"${smoke[@]}" "$URL" || die "recovery of $SCENARIO done, but the smoke test fails on $URL"
log "recovered ($SCENARIO) in $(($(date +%s) - started)) s"
