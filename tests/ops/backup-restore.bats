#!/usr/bin/env bats
# ops/scripts/automated-backup.sh and restore.sh against recording fakes: gcloud, redis-cli, and gsutil with a
# directory as the buckets. (tests/integration/backup-restore.test.ts does the real round trip with redis-server.)

load helpers

BACKUP="$BATS_TEST_DIRNAME/../../ops/scripts/automated-backup.sh"
RESTORE="$BATS_TEST_DIRNAME/../../ops/scripts/restore.sh"
ID=20260301T020000Z
SCOPE="--project=tac-prod --region=asia-northeast1"

setup() {
  setup_fakes
  export PROJECT_ID=tac-prod REGION=asia-northeast1 BACKUP_BUCKET=gs://tac-backup-tokyo SECONDARY_BUCKET=gs://tac-backup-osaka
  export REDIS_MODE=memorystore REDIS_INSTANCE=tac-redis
  unset REDIS_URL REDIS_URL_SECRET
  snapshot="$BATS_TEST_TMPDIR/corpus.json"
  echo '{"places":[1,2,3]}' >"$snapshot"
  # Memorystore writes the export into the bucket itself
  rule gcloud "redis instances export *" 0 'sh:f="$FAKE_GCS/${4#gs://}"; mkdir -p "$(dirname "$f")"; printf "REDIS0011 sessions" >"$f"'
  rule gcloud "run services describe *" 0 "apiVersion: serving.knative.dev/v1"
}

backup() { run "$BACKUP" --id "$ID" --snapshot "$snapshot" "$@"; }

@test "Memorystore backup: export, manifest, copy to the second region, verify both, 30-day lifecycle" {
  backup --service tokyo-ai-chat-service
  [ "$status" -eq 0 ]
  [ "${lines[-1]}" = "$ID" ]
  p=gs://tac-backup-tokyo/backups/$ID
  s=gs://tac-backup-osaka/backups/$ID
  expected="gcloud redis instances export $p/redis.rdb tac-redis $SCOPE
gsutil -q cp $p/redis.rdb <tmp>
gsutil -q cp <tmp> $p/corpus.json
gcloud run services describe tokyo-ai-chat-service $SCOPE --format=export
gsutil -q cp <tmp> $p/service.yaml
gsutil -q cp <tmp> $p/MANIFEST.sha256
gsutil -q cp $p/redis.rdb $s/redis.rdb
gsutil -q cp $p/corpus.json $s/corpus.json
gsutil -q cp $p/service.yaml $s/service.yaml
gsutil -q cp $p/MANIFEST.sha256 $s/MANIFEST.sha256
gsutil cat $p/redis.rdb
gsutil cat $p/corpus.json
gsutil cat $p/service.yaml
gsutil cat $s/redis.rdb
gsutil cat $s/corpus.json
gsutil cat $s/service.yaml
gsutil lifecycle set <tmp> gs://tac-backup-tokyo
gsutil lifecycle set <tmp> gs://tac-backup-osaka"
  diff <(echo "$expected") <(calls)
  # the manifest names what is in the secondary bucket
  (cd "$FAKE_GCS/tac-backup-osaka/backups/$ID" && sha256sum --check --quiet MANIFEST.sha256)
  [ "$(cut -d' ' -f3 "$FAKE_GCS/tac-backup-osaka/backups/$ID/MANIFEST.sha256" | tr '\n' ' ')" = "redis.rdb corpus.json service.yaml " ]
}

@test "the lifecycle rule deletes backups after the retention period, not by counting listings" {
  backup --retention-days 45 --only data
  [ "$status" -eq 0 ]
  for bucket in tac-backup-tokyo tac-backup-osaka; do
    jq -e '.rule == [{"action":{"type":"Delete"},"condition":{"age":45,"matchesPrefix":["backups/"]}}]' \
      "$FAKE_DIR/lifecycle.$bucket.json"
  done
  ! calls gsutil | grep -q ' rm '
}

@test "a copy damaged on the way to the second region fails the backup" {
  export FAKE_GCS_CORRUPT="gs://tac-backup-osaka/*/corpus.json"
  backup
  [ "$status" -eq 1 ]
  [[ "$output" == *"integrity check failed: gs://tac-backup-osaka/backups/$ID/corpus.json"* ]]
  [[ "$output" == *"secondary copy of backup $ID is damaged"* ]]
  ! calls gsutil | grep -q lifecycle
}

@test "self-managed Redis: redis-cli --rdb, with the password in REDISCLI_AUTH and never on a command line" {
  export REDIS_MODE=rdb REDIS_URL='redis://:p%40ss-w0rd@10.0.0.3:6380/2'
  rule redis-cli "*--rdb *" 0 'sh:printf "REDIS0011" >"${@: -1}"; printf "%s" "$REDISCLI_AUTH" >"$FAKE_DIR/auth-seen"'
  backup --only redis
  [ "$status" -eq 0 ]
  calls redis-cli | grep -qx "redis-cli -h 10.0.0.3 -p 6380 -n 2 --rdb <tmp>"
  [ "$(cat "$FAKE_DIR/auth-seen")" = 'p@ss-w0rd' ]
  ! grep -q 'ss-w0rd' "$FAKE_LOG"
  [[ "$output" != *"ss-w0rd"* ]]
}

@test "--dry-run changes nothing" {
  backup --dry-run
  [ "$status" -eq 0 ]
  [ ! -s "$FAKE_LOG" ]
  [ -z "$(ls -A "$FAKE_GCS")" ]
  [[ "$output" == *"[dry-run] gcloud redis instances export"* ]]
}

@test "bad settings are refused" {
  run "$BACKUP" --secondary-bucket gs://tac-backup-tokyo --snapshot "$snapshot"
  [ "$status" -eq 64 ]
  [[ "$output" == *"must differ"* ]]
  backup --id yesterday
  [ "$status" -eq 64 ]
  unset REDIS_INSTANCE
  backup
  [ "$status" -eq 64 ]
  [[ "$output" == *"REDIS_INSTANCE is required"* ]]
}

@test "restore verifies every file, then imports into Memorystore" {
  backup
  : >"$FAKE_LOG"
  out="$BATS_TEST_TMPDIR/restored.json"
  run "$RESTORE" --id latest --from secondary --snapshot-out "$out" --yes
  [ "$status" -eq 0 ]
  s=gs://tac-backup-osaka/backups/$ID
  expected="gsutil ls gs://tac-backup-osaka/backups/
gsutil -q cp $s/MANIFEST.sha256 <tmp>
gsutil -q cp $s/redis.rdb <tmp>
gsutil -q cp $s/corpus.json <tmp>
gcloud redis instances import $s/redis.rdb tac-redis $SCOPE"
  diff <(echo "$expected") <(calls)
  cmp "$out" "$snapshot"
}

@test "a backup that does not match its manifest is not restored" {
  backup
  printf 'tampered' >>"$FAKE_GCS/tac-backup-tokyo/backups/$ID/redis.rdb"
  : >"$FAKE_LOG"
  run "$RESTORE" --id "$ID" --yes
  [ "$status" -eq 1 ]
  [[ "$output" == *"does not match its manifest: nothing was restored"* ]]
  ! calls gcloud | grep -q import
}

@test "latest is the newest backup id; a restore needs --yes" {
  mkdir -p "$FAKE_GCS/tac-backup-tokyo/backups/"{20260101T020000Z,20260301T020000Z,20260201T020000Z}
  run "$RESTORE" --id latest --skip-redis
  [ "$status" -eq 64 ]
  [[ "$output" == *"add --yes"* ]]
  : >"$FAKE_LOG"
  run "$RESTORE" --id latest --skip-redis --dry-run
  [[ "$output" == *"restoring backup 20260301T020000Z"* ]]
}
