#!/usr/bin/env bats
# ops/scripts/maintenance-mode.sh, scheduled-maintenance.sh and daily-health-check.sh against recording fakes.

load helpers

SCRIPTS="$BATS_TEST_DIRNAME/../../ops/scripts"
SCOPE="--project=tac-prod --region=asia-northeast1"
URL=https://chat.example.jp

setup() {
  setup_fakes
  export PROJECT_ID=tac-prod REGION=asia-northeast1 SERVICE=tokyo-ai-chat-service
  export REDIS_URL='redis://default:s3cret@10.0.0.3:6379'
  unset SERVICE_URL REDIS_URL_SECRET
}

ready_body() { # sessions-status breaker-state error-rate [http-code]
  printf '{"status":"ok","data":{"version":"abc1234","checks":{"snapshot":{"status":"ok"},"sessions":{"status":"%s"},"breakers":{"status":"%s"}},"metrics":{"errorRate":%s}}}\n%s' \
    "$1" "$2" "$3" "${4:-200}"
}

@test "maintenance on sets the Redis flag with the end time; off deletes it; the password stays off argv" {
  until_epoch=$(($(date +%s) + 3600))
  run "$SCRIPTS/maintenance-mode.sh" on --until "$until_epoch"
  [ "$status" -eq 0 ]
  run "$SCRIPTS/maintenance-mode.sh" off
  [ "$status" -eq 0 ]
  diff <(calls) - <<EOF
redis-cli -h 10.0.0.3 -p 6379 -n 0 --user default SET tac:maintenance $until_epoch
redis-cli -h 10.0.0.3 -p 6379 -n 0 --user default DEL tac:maintenance
EOF
  ! grep -q s3cret "$FAKE_LOG"
}

@test "maintenance via env makes a revision with MAINTENANCE_MODE and moves traffic to it" {
  run "$SCRIPTS/maintenance-mode.sh" on --via env
  [ "$status" -eq 0 ]
  diff <(calls) - <<EOF
gcloud run services update tokyo-ai-chat-service $SCOPE --update-env-vars=MAINTENANCE_MODE=true
gcloud run services update-traffic tokyo-ai-chat-service $SCOPE --to-latest
EOF
}

@test "maintenance refuses an end in the past, an unknown action, and changes nothing under --dry-run" {
  run "$SCRIPTS/maintenance-mode.sh" on --until 2001-01-01T00:00:00Z
  [ "$status" -eq 64 ]
  run "$SCRIPTS/maintenance-mode.sh" pause
  [ "$status" -eq 64 ]
  run "$SCRIPTS/maintenance-mode.sh" on --dry-run
  [ "$status" -eq 0 ]
  [ ! -s "$FAKE_LOG" ]
}

@test "daily health check: all good" {
  printf '%s' "$(ready_body ok ok 0.002)" >"$FAKE_DIR/ready"
  rule curl "*$URL/api/health/ready" 0 file:ready
  rule gcloud "run services describe *" 0 '{"status":{"conditions":[{"type":"Ready","status":"True"}],"traffic":[{"revisionName":"r1","percent":100}]}}'
  rule gcloud "logging read *" 0 ""
  rule gcloud "redis instances describe *" 0 READY
  run "$SCRIPTS/daily-health-check.sh" --url "$URL" --redis-instance tac-redis
  [ "$status" -eq 0 ]
  [[ "$output" == *"ok   readiness: 200, version abc1234"* ]]
  [[ "$output" == *"ok   Cloud Run tokyo-ai-chat-service ready; traffic: r1 100%"* ]]
  [[ "$output" == *"ok   Memorystore tac-redis: READY"* ]]
  [[ "$output" == *"=== 0 failed ==="* ]]
  calls gcloud | grep -F 'logging read' | grep -qF 'severity\>=ERROR'
}

@test "daily health check: Redis down fails, an open breaker and a high error rate warn" {
  printf '%s' "$(ready_body fail degraded 0.03 503)" >"$FAKE_DIR/ready"
  rule curl "*$URL/api/health/ready" 0 file:ready
  unset SERVICE
  run "$SCRIPTS/daily-health-check.sh" --url "$URL"
  [ "$status" -eq 1 ]
  [[ "$output" == *"FAIL readiness: HTTP 503"* ]]
  [[ "$output" == *"FAIL check sessions: fail"* ]]
  [[ "$output" == *"WARN check breakers degraded"* ]]
  [[ "$output" == *"WARN error rate (5 min, this instance): 0.03 > 0.01"* ]]
}

@test "scheduled maintenance: refused without notice or outside the window" {
  run "$SCRIPTS/scheduled-maintenance.sh" --until 2099-01-01T04:00:00+09:00 --url "$URL"
  [ "$status" -eq 64 ]
  [[ "$output" == *"--notice-confirmed"* ]]
  hour=$(TZ=Asia/Tokyo date +%H)
  window="$(printf '%02d:00-%02d:00' $(((10#$hour + 2) % 24)) $(((10#$hour + 3) % 24)))"
  run "$SCRIPTS/scheduled-maintenance.sh" --notice-confirmed --until 2099-01-01T04:00:00+09:00 --url "$URL" --window "$window"
  [ "$status" -eq 64 ]
  [[ "$output" == *"outside the window"* ]]
  [ ! -s "$FAKE_LOG" ]
}

@test "scheduled maintenance: on, Redis check, backup, off, then the health check; no npm audit fix or update" {
  export BACKUP_BUCKET=gs://tac-backup-tokyo SECONDARY_BUCKET=gs://tac-backup-osaka REDIS_MODE=memorystore REDIS_INSTANCE=tac-redis
  rule gcloud "redis instances export *" 0 'sh:f="$FAKE_GCS/${4#gs://}"; mkdir -p "$(dirname "$f")"; printf RDB >"$f"'
  printf '%s' "$(ready_body ok ok 0)" >"$FAKE_DIR/ready"
  rule curl "*$URL/api/health/ready" 0 file:ready
  rule gcloud "run services describe *" 0 '{"status":{"conditions":[{"type":"Ready","status":"True"}],"traffic":[]}}'
  rule gcloud "redis instances describe tac-redis *--format=value(state)" 0 READY
  export SNAPSHOT_PATH="$BATS_TEST_TMPDIR/corpus.json"
  echo '{"places":[]}' >"$SNAPSHOT_PATH"
  run "$SCRIPTS/scheduled-maintenance.sh" --notice-confirmed --ignore-window --until "$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)" --url "$URL"
  [ "$status" -eq 0 ]
  [[ "$(calls redis-cli | head -n 1)" == *"SET tac:maintenance "* ]]
  [[ "$(calls redis-cli | tail -n 1)" == *"DEL tac:maintenance" ]]
  set_line=$(grep -n 'SET tac:maintenance' "$FAKE_LOG" | cut -d: -f1)
  export_line=$(grep -n 'redis instances export' "$FAKE_LOG" | cut -d: -f1)
  del_line=$(grep -n 'DEL tac:maintenance' "$FAKE_LOG" | cut -d: -f1)
  health_line=$(grep -n 'api/health/ready' "$FAKE_LOG" | cut -d: -f1)
  ((set_line < export_line && export_line < del_line && del_line < health_line))
  ! grep -qE 'npm (audit|update)' "$FAKE_LOG"
}
