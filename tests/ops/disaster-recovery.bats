#!/usr/bin/env bats
# ops/scripts/disaster-recovery.sh, each scenario, against recording fakes of gcloud, gsutil, curl and npm.

load helpers

DR="$BATS_TEST_DIRNAME/../../ops/scripts/disaster-recovery.sh"
SVC=tokyo-ai-chat-service
SCOPE="--project=tac-prod --region=asia-northeast1"
URL=https://chat.example.jp
ID=20260301T020000Z

setup() {
  setup_fakes
  export PROJECT_ID=tac-prod REGION=asia-northeast1 SERVICE=$SVC SERVICE_URL=$URL
  export BACKUP_BUCKET=gs://tac-backup-tokyo SECONDARY_BUCKET=gs://tac-backup-osaka REDIS_INSTANCE=tac-redis
  export REDIS_NETWORK=projects/tac-prod/global/networks/tac-vpc SECRET_PREFIX=""
  export SERVICE_ACCOUNT=tac-run@tac-prod.iam.gserviceaccount.com VPC_NETWORK=tac-vpc VPC_SUBNET=tac-run-subnet
  export ALERT_EMAIL_TO=ops@example.jp ALERT_EMAIL_FROM=tac-alerts@example.jp
  export LB_ADDRESSES=198.51.100.10,2001:db8::10
  unset REDIS_URL_SECRET LB_BACKEND_SERVICE DR_NEG PRIMARY_NEG
  # a verified backup in both buckets
  for bucket in tac-backup-tokyo tac-backup-osaka; do
    dir="$FAKE_GCS/$bucket/backups/$ID"
    mkdir -p "$dir"
    printf 'REDIS0011' >"$dir/redis.rdb"
    echo '{"places":[]}' >"$dir/corpus.json"
    (cd "$dir" && sha256sum redis.rdb corpus.json >MANIFEST.sha256)
  done
}

@test "app: traffic returns to the newest ready revision that is not serving, then the URL is verified" {
  rule gcloud "run services describe *" 0 '{"status":{"traffic":[{"revisionName":"svc-bad","percent":100}]}}'
  ready='"status":{"conditions":[{"type":"Ready","status":"True"}]}'
  rule gcloud "run revisions list *" 0 "[{\"metadata\":{\"name\":\"svc-bad\"},$ready},{\"metadata\":{\"name\":\"svc-broken\"},\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"False\"}]}},{\"metadata\":{\"name\":\"svc-good\"},$ready},{\"metadata\":{\"name\":\"svc-older\"},$ready}]"
  run "$DR" app --yes
  [ "$status" -eq 0 ]
  diff <(calls gcloud curl npm) - <<EOF
gcloud run services describe $SVC $SCOPE --format=json
gcloud run revisions list --service=$SVC $SCOPE --sort-by=\\~metadata.creationTimestamp --format=json
gcloud run services update-traffic $SVC $SCOPE --to-revisions=svc-good=100
curl -fsS --max-time 10 --retry 12 --retry-delay 10 --retry-all-errors -o /dev/null $URL/api/health/ready
npm run --silent test:smoke -- --endpoint $URL
EOF
}

@test "app: a failing verification is reported as a failure" {
  rule curl "*/api/health/ready" 22
  run "$DR" app --revision svc-good --yes
  [ "$status" -eq 1 ]
  [[ "$output" == *"is not ready"* ]]
}

@test "redis --create: a Standard-tier instance, its URL as a secret version from stdin, the backup, a redeploy" {
  rule gcloud "redis instances describe * --format=value(host)" 0 10.1.2.3
  rule gcloud "redis instances describe * --format=value(port)" 0 6378
  rule gcloud "redis instances get-auth-string *" 0 auth-string-secret
  rule gcloud "secrets versions add *" 0 'sh:cat >"$FAKE_DIR/secret-stdin"'
  rule gcloud "run services describe $SVC * --format=json" 0 '{"spec":{"template":{"spec":{"containers":[{"image":"img@sha256:abc"}]}}},"status":{"traffic":[{"revisionName":"svc-1","percent":100,"tag":"blue","url":"https://blue---x.a.run.app"}]}}'
  rule gcloud "run services list *" 0 $SVC
  rule curl "*/api/health" 0 '{"data":{"metrics":{"errorRate":0}}}'
  run "$DR" redis --create --yes
  [ "$status" -eq 0 ]
  calls gcloud | grep -qx "gcloud redis instances create tac-redis $SCOPE --tier=standard --size=5 --redis-version=redis_7_2 --network=projects/tac-prod/global/networks/tac-vpc --connect-mode=private-service-access --enable-auth --persistence-mode=rdb --rdb-snapshot-period=1h"
  calls gcloud | grep -qx "gcloud secrets versions add redis-url --project=tac-prod --data-file=-"
  [ "$(cat "$FAKE_DIR/secret-stdin")" = "redis://:auth-string-secret@10.1.2.3:6378" ]
  ! grep -q auth-string-secret "$FAKE_LOG"
  [[ "$output" != *auth-string-secret* ]]
  calls gcloud | grep -qx "gcloud redis instances import gs://tac-backup-tokyo/backups/$ID/redis.rdb tac-redis $SCOPE"
  calls gcloud | grep -q "run services replace"
  # order: create, then import, then the redeploy
  create=$(grep -n 'redis instances create' "$FAKE_LOG" | cut -d: -f1)
  import=$(grep -n 'redis instances import' "$FAKE_LOG" | cut -d: -f1)
  replace=$(grep -n 'run services replace' "$FAKE_LOG" | cut -d: -f1)
  ((create < import && import < replace))
}

@test "region: Redis and the service in Osaka from the secondary bucket, then the load balancer moves; DNS untouched" {
  export LB_BACKEND_SERVICE=tac-backend DR_NEG=tac-neg-osaka PRIMARY_NEG=tac-neg-tokyo
  rule gcloud "redis instances describe *" 0 10.9.9.9
  rule gcloud "run services list *" 0 ""
  rule gcloud "run services describe *" 0 '{"status":{"traffic":[{"revisionName":"r","percent":100,"tag":"blue","url":"https://blue---osaka.a.run.app"}]}}'
  rule gcloud "compute network-endpoint-groups describe *" 1
  run "$DR" region --image asia-docker.pkg.dev/tac-prod/tac/tokyo-ai-chat@sha256:abc --yes
  [ "$status" -eq 0 ]
  dr="--project=tac-prod --region=asia-northeast2"
  calls gcloud | grep -q "^gcloud redis instances create tac-redis $dr "
  calls gcloud | grep -qx "gcloud redis instances import gs://tac-backup-osaka/backups/$ID/redis.rdb tac-redis $dr"
  calls gcloud | grep -q "^gcloud run services replace <tmp> $dr"
  diff <(calls gcloud | grep compute) - <<EOF
gcloud compute network-endpoint-groups describe tac-neg-osaka $dr
gcloud compute network-endpoint-groups create tac-neg-osaka $dr --network-endpoint-type=serverless --cloud-run-service=$SVC
gcloud compute backend-services add-backend tac-backend --project=tac-prod --global --network-endpoint-group=tac-neg-osaka --network-endpoint-group-region=asia-northeast2
gcloud compute backend-services remove-backend tac-backend --project=tac-prod --global --network-endpoint-group=tac-neg-tokyo --network-endpoint-group-region=asia-northeast1
EOF
  ! calls gcloud | grep -q 'dns'
  ! calls | grep -q kubectl
}

@test "complete: as region, and the data snapshot comes back too" {
  export LB_BACKEND_SERVICE=tac-backend DR_NEG=tac-neg-osaka
  rule gcloud "run services list *" 0 ""
  rule gcloud "run services describe *" 0 '{"status":{"traffic":[{"revisionName":"r","percent":100,"tag":"blue","url":"https://blue---osaka.a.run.app"}]}}'
  run "$DR" complete --image img@sha256:abc --yes
  [ "$status" -eq 0 ]
  cmp "$TMPDIR/corpus-restored.json" "$FAKE_GCS/tac-backup-osaka/backups/$ID/corpus.json"
}

@test "--dry-run changes nothing; without --yes nothing runs" {
  rule gcloud "run services describe *" 0 '{"status":{"traffic":[{"revisionName":"svc-bad","percent":100}]}}'
  rule gcloud "run revisions list *" 0 '[{"metadata":{"name":"svc-good"},"status":{"conditions":[{"type":"Ready","status":"True"}]}}]'
  run "$DR" app --dry-run
  [ "$status" -eq 0 ]
  ! calls gcloud | grep -q update-traffic
  ! calls curl | grep -q .
  : >"$FAKE_LOG"
  run "$DR" redis
  [ "$status" -eq 64 ]
  [ ! -s "$FAKE_LOG" ]
  run "$DR" flood --yes
  [ "$status" -eq 64 ]
}
