#!/usr/bin/env bats
# ops/monitoring/cloud-monitoring/apply.sh against a recording fake of gcloud (the cloud cannot be reached here).

setup() {
  SCRIPT="$BATS_TEST_DIRNAME/../cloud-monitoring/apply.sh"
  FAKE_DIR="$BATS_TEST_TMPDIR/bin"
  export CALLS="$BATS_TEST_TMPDIR/calls.log" SEEN="$BATS_TEST_TMPDIR/seen"
  mkdir -p "$FAKE_DIR" "$SEEN"
  # The fake answers like gcloud: one log metric and one channel and one policy already exist.
  cat >"$FAKE_DIR/gcloud" <<'FAKE'
#!/usr/bin/env bash
printf '%s\n' "$*" >>"$CALLS"
args="$*"
file=""
for arg in "$@"; do
  case "$arg" in --config-from-file=* | --channel-content-from-file=* | --policy-from-file=*) file="${arg#*=}" ;; esac
done
[[ -n "$file" ]] && cp "$file" "$SEEN/$(date +%s%N)-$(basename "$file")"
case "$args" in
  "logging metrics describe tokyo_ai_chat_error_logs"*) exit 0 ;;
  "logging metrics describe"*) exit 1 ;;
  "secrets versions access"*) echo "xoxb-fake-slack-token" ;;
  *"channels list"*"ops-alerts"*) echo "projects/tokyo-ai-chat-mvp/notificationChannels/777" ;;
  *"channels list"*) ;;
  *"channels create"*) echo "projects/tokyo-ai-chat-mvp/notificationChannels/new-$(sed -n 's/^  \(channel_name\|email_address\): //p' "$file" | tr -dc 'a-z')" ;;
  *"policies list"*"HighErrorRate"*) echo "projects/tokyo-ai-chat-mvp/alertPolicies/42" ;;
  *"policies list"*) ;;
esac
FAKE
  chmod +x "$FAKE_DIR/gcloud"
  export PATH="$FAKE_DIR:$PATH"
}

@test "refuses to run without a project" {
  run "$SCRIPT"
  [ "$status" -eq 64 ]
  [[ "$output" == *"--project is required"* ]]
}

@test "creates what is missing and updates what exists" {
  run "$SCRIPT" --project tokyo-ai-chat-mvp
  [ "$status" -eq 0 ]
  grep -q '^logging metrics update tokyo_ai_chat_error_logs ' "$CALLS"
  grep -q '^logging metrics create tokyo_ai_chat_security_events ' "$CALLS"
  grep -q '^logging metrics create tokyo_ai_chat_external_api_calls ' "$CALLS"
  grep -q '^alpha monitoring policies update projects/tokyo-ai-chat-mvp/alertPolicies/42 ' "$CALLS"
  [ "$(grep -c '^alpha monitoring policies create ' "$CALLS")" -eq 7 ]
  # the existing ops channel is reused, the three others created
  [ "$(grep -c 'channels create' "$CALLS")" -eq 3 ]
}

@test "fills every field: service, channels, and the Slack token only in channel files" {
  run "$SCRIPT" --project tokyo-ai-chat-mvp --service tac-staging --forecaster-job tac-staging-forecaster
  [ "$status" -eq 0 ]
  grep -q 'resource.labels.job_name="tac-staging-forecaster"' "$SEEN"/*forecaster_min_instances.yaml
  [[ "$output" != *"xoxb-fake-slack-token"* ]]
  grep -q 'resource.labels.service_name="tac-staging"' "$SEEN"/*high-error-rate.yaml
  grep -q 'projects/tokyo-ai-chat-mvp/notificationChannels/777' "$SEEN"/*high-latency.yaml
  grep -q 'notificationChannels/new-alertscritical' "$SEEN"/*high-error-rate.yaml
  grep -q 'notificationChannels/new-opsteammetrotokyolgjp' "$SEEN"/*high-error-rate.yaml
  grep -q 'notificationChannels/new-securityalerts' "$SEEN"/*security-events.yaml
  [ "$(grep -l 'xoxb-fake-slack-token' "$SEEN"/* | wc -l)" -eq 2 ] # the two Slack channels it created
  run grep -l '\${' "$SEEN"/*
  [ "$status" -eq 1 ] # no placeholder left in any file
}

@test "--dry-run calls no gcloud at all and prints the commands" {
  run "$SCRIPT" --project tokyo-ai-chat-mvp --dry-run --render-dir "$BATS_TEST_TMPDIR/rendered"
  [ "$status" -eq 0 ]
  [ ! -e "$CALLS" ]
  [ "$(grep -c '^+ gcloud alpha monitoring policies create' <<<"$output")" -eq 8 ]
  [ "$(ls "$BATS_TEST_TMPDIR/rendered" | wc -l)" -eq 12 ]
}
