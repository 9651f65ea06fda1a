#!/usr/bin/env bats
# ops/scripts/deploy-blue-green.sh against recording fakes of gcloud, curl, npm and sleep.

load helpers

DEPLOY="$BATS_TEST_DIRNAME/../../ops/scripts/deploy-blue-green.sh"
SVC=tokyo-ai-chat-service
NEW=tokyo-ai-chat-service-abc1234-t1
TAG_URL=https://blue---tokyo-ai-chat-service-xyz-an.a.run.app
SCOPE="--project=tac-prod --region=asia-northeast1"

setup() {
  setup_fakes
  export PROJECT_ID=tac-prod REGION=asia-northeast1 SERVICE=$SVC
  export SERVICE_ACCOUNT=tac-run@tac-prod.iam.gserviceaccount.com VPC_NETWORK=tac-vpc VPC_SUBNET=tac-run-subnet
  export ALERT_EMAIL_TO=ops@example.jp ALERT_EMAIL_FROM=tac-alerts@example.jp
  export LB_ADDRESSES=198.51.100.10,2001:db8::10
  unset GITHUB_SHA SMOKE_CMD
  rule gcloud "run services list *" 0 "$SVC"
  answers describe \
    '{"status":{"traffic":[{"revisionName":"tokyo-ai-chat-service-old","percent":100,"latestRevision":true}]}}' \
    '{"status":{"traffic":[{"revisionName":"tokyo-ai-chat-service-old","percent":100},{"revisionName":"'$NEW'","percent":0,"tag":"blue","url":"'$TAG_URL'"}]}}'
  rule gcloud "run services describe *" 0 seq:describe
  rule curl "*$TAG_URL/api/health/ready" 0
  rule curl "*$TAG_URL/api/health" 0 seq:health
}

deploy() {
  run "$DEPLOY" --image asia-northeast1-docker.pkg.dev/tac-prod/tac/tokyo-ai-chat:abc1234 --revision-suffix abc1234-t1 \
    --watch-seconds 300 --samples 5 "$@"
}

health() { printf '{"status":"ok","data":{"metrics":{"errorRate":%s,"requests5m":%s}}}' "$1" "${2:-400}"; }

@test "a healthy canary is watched five times over five minutes, then gets all traffic" {
  answers health "$(health 0)" "$(health 0.01)" "$(health 0.02)" "$(health 0.01)" "$(health 0)"
  deploy
  [ "$status" -eq 0 ]
  [ "${lines[-1]}" = "$NEW" ]
  expected="gcloud run services list $SCOPE --filter=metadata.name=$SVC --format=value\\(metadata.name\\)
gcloud run services describe $SVC $SCOPE --format=json
gcloud run services replace <tmp> $SCOPE
gcloud run services describe $SVC $SCOPE --format=json
curl -fsS --max-time 10 --retry 6 --retry-delay 5 --retry-all-errors -o /dev/null $TAG_URL/api/health/ready
npm run --silent test:smoke -- --endpoint $TAG_URL
gcloud run services update-traffic $SVC $SCOPE --to-revisions=$NEW=10,tokyo-ai-chat-service-old=90
sleep 60
curl -fsS --max-time 10 $TAG_URL/api/health
sleep 60
curl -fsS --max-time 10 $TAG_URL/api/health
sleep 60
curl -fsS --max-time 10 $TAG_URL/api/health
sleep 60
curl -fsS --max-time 10 $TAG_URL/api/health
sleep 60
curl -fsS --max-time 10 $TAG_URL/api/health
gcloud run services update-traffic $SVC $SCOPE --to-revisions=$NEW=100"
  diff <(echo "$expected") <(calls)
}

@test "the new revision is created with no traffic, tagged, from the filled-in service template" {
  answers health "$(health 0)"
  deploy
  [ "$status" -eq 0 ]
  yaml="$FAKE_DIR/last.yaml"
  grep -q "^  name: $SVC\$" "$yaml"
  grep -q "^      name: $NEW\$" "$yaml"
  grep -q "image: asia-northeast1-docker.pkg.dev/tac-prod/tac/tokyo-ai-chat:abc1234\$" "$yaml"
  grep -q "serviceAccountName: $SERVICE_ACCOUNT\$" "$yaml"
  grep -q "autoscaling.knative.dev/minScale: '3'" "$yaml"
  ! grep -q '\${' "$yaml"
  diff <(sed -n '/^  traffic:/,$p' "$yaml") - <<EOF
  traffic:
    - revisionName: tokyo-ai-chat-service-old
      percent: 100
    - revisionName: $NEW
      percent: 0
      tag: blue
EOF
}

@test "an error rate above 5 % rolls back at once to the exact previous split" {
  answers describe \
    '{"status":{"traffic":[{"revisionName":"r-a","percent":70},{"revisionName":"r-b","percent":30},{"revisionName":"r-c","percent":0,"tag":"old"}]}}' \
    '{"status":{"traffic":[{"revisionName":"'$NEW'","percent":0,"tag":"blue","url":"'$TAG_URL'"}]}}'
  answers health "$(health 0.01)" "$(health 0.2 300)" "$(health 0)"
  deploy
  [ "$status" -eq 2 ]
  [[ "$output" == *"error rate 0.2 is above 0.05"* ]]
  diff <(calls gcloud | grep update-traffic) - <<EOF
gcloud run services update-traffic $SVC $SCOPE --to-revisions=$NEW=10,r-a=63,r-b=27
gcloud run services update-traffic $SVC $SCOPE --to-revisions=r-a=70,r-b=30
EOF
  [ "$(calls curl | grep -c '/api/health$')" -eq 2 ] # stopped at the failing sample
}

@test "exactly 5 % is not above the limit; 0.0501 is" {
  answers health "$(health 0.05)"
  deploy --samples 1
  [ "$status" -eq 0 ]
  rm "$FAKE_DIR"/describe.count "$FAKE_DIR"/health.*
  : >"$FAKE_LOG"
  answers health "$(health 0.0501)"
  deploy --samples 1
  [ "$status" -eq 2 ]
}

@test "an unreadable error rate in most samples rolls back: the canary cannot be judged" {
  rule curl "*$TAG_URL/api/health" 22
  deploy --samples 3
  [ "$status" -eq 2 ]
  [[ "$output" == *"could not be read in 3 of 3 samples"* ]]
  [ "$(calls gcloud | grep -c update-traffic)" -eq 2 ]
}

@test "a revision that never gets ready is stopped before it has any traffic" {
  rule curl "*$TAG_URL/api/health/ready" 7
  deploy
  [ "$status" -eq 1 ]
  [[ "$output" == *"is not ready: it has no traffic"* ]]
  ! calls gcloud | grep -q update-traffic
  ! calls npm | grep -q .
}

@test "a failing smoke test stops the release before the canary" {
  rule npm "*" 1
  deploy
  [ "$status" -eq 1 ]
  [[ "$output" == *"smoke test failed"* ]]
  ! calls gcloud | grep -q update-traffic
}

@test "a first deploy (no service yet) sends all traffic to the checked new revision" {
  : >"$FAKE_DIR/rules/gcloud"
  rule gcloud "run services list *" 0 ""
  rule gcloud "run services describe *" 0 '{"status":{"traffic":[{"revisionName":"'$NEW'","percent":100,"tag":"blue","url":"'$TAG_URL'"}]}}'
  deploy
  [ "$status" -eq 0 ]
  grep -A2 "revisionName: $NEW" "$FAKE_DIR/last.yaml" | grep -q "percent: 100"
  ! calls gcloud | grep -q update-traffic
  calls npm | grep -q -- "--endpoint $TAG_URL"
}

@test "--dry-run reads the service and changes nothing" {
  deploy --dry-run
  [ "$status" -eq 0 ]
  diff <(calls) - <<EOF
gcloud run services list $SCOPE --filter=metadata.name=$SVC --format=value\\(metadata.name\\)
gcloud run services describe $SVC $SCOPE --format=json
EOF
  [[ "$output" == *"[dry-run] gcloud run services replace"* ]]
}

@test "--render-only prints the service YAML without calling the cloud" {
  run "$DEPLOY" --image img:1 --revision-suffix r1 --render-only --min-instances 1 --max-instances 3
  [ "$status" -eq 0 ]
  [[ "$output" == *"minScale: '1'"* && "$output" == *"maxScale: '3'"* ]]
  [ ! -s "$FAKE_LOG" ]
}

@test "missing settings and bad values are refused with usage errors" {
  run "$DEPLOY" --revision-suffix r1
  [ "$status" -eq 64 ]
  [[ "$output" == *"IMAGE is required"* ]]
  deploy --canary-percent 80
  [ "$status" -eq 64 ]
  deploy --max-error-rate five
  [ "$status" -eq 64 ]
  unset VPC_SUBNET
  deploy
  [ "$status" -eq 64 ]
  [[ "$output" == *"VPC_SUBNET is required"* ]]
  run "$DEPLOY" --bogus
  [ "$status" -eq 64 ]
  [[ "$output" == *"Usage:"* ]]
  [ ! -s "$FAKE_LOG" ]
}
