#!/usr/bin/env bash
# Applies tokyo-ai-chat's Cloud Monitoring configuration with gcloud: the log-based metrics (log-metrics/), the
# notification channels (channels/) and the alert policies (policies/). Idempotent: what exists (by name or
# display name) is updated, the rest created. The placeholders of the files (dollar-brace NAME) are filled here.
#
# Usage: ops/monitoring/cloud-monitoring/apply.sh --project PROJECT_ID [options]
#   --service NAME             Cloud Run service (default tokyo-ai-chat-service)
#   --forecaster-job NAME      Cloud Run job of the predictive scaling (default tokyo-ai-chat-forecaster)
#   --alert-email ADDRESS      e-mail channel (default ops-team@metro.tokyo.lg.jp)
#   --slack-token-secret NAME  Secret Manager secret with the Slack app's OAuth token (default monitoring-slack-token)
#   --dry-run                  print the gcloud commands instead of running them (no gcloud call at all)
#   --render-dir DIR           also keep the rendered files in DIR (for review; with --dry-run, for tests)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project=""
service="tokyo-ai-chat-service"
forecaster_job="tokyo-ai-chat-forecaster"
alert_email="ops-team@metro.tokyo.lg.jp"
slack_secret="monitoring-slack-token"
dry_run=false
render_dir=""

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while (($#)); do
  case "$1" in
    --project) project="${2:?--project needs a value}"; shift 2 ;;
    --service) service="${2:?--service needs a value}"; shift 2 ;;
    --forecaster-job) forecaster_job="${2:?--forecaster-job needs a value}"; shift 2 ;;
    --alert-email) alert_email="${2:?--alert-email needs a value}"; shift 2 ;;
    --slack-token-secret) slack_secret="${2:?--slack-token-secret needs a value}"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    --render-dir) render_dir="${2:?--render-dir needs a value}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "apply.sh: unknown argument: $1" >&2; usage >&2; exit 64 ;;
  esac
done
[[ -n "$project" ]] || { echo "apply.sh: --project is required" >&2; usage >&2; exit 64; }
[[ "$project" =~ ^[a-z][a-z0-9-]{4,28}[a-z0-9]$ ]] || { echo "apply.sh: not a project id: $project" >&2; exit 64; }

work="$(mktemp -d)"
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
[[ -n "$render_dir" ]] && mkdir -p "$render_dir"

# Runs a gcloud command that changes something; prints it instead with --dry-run.
mutate() {
  if $dry_run; then
    printf '+ gcloud'
    printf ' %q' "$@"
    printf '\n'
  else
    gcloud "$@"
  fi
}

# The first resource name that a list command prints, or nothing (always nothing with --dry-run).
lookup() {
  $dry_run && return 0
  gcloud "$@" --project "$project" --format='value(name)' --limit=1
}

declare -A fields=([SERVICE_NAME]="$service" [PROJECT_ID]="$project" [ALERT_EMAIL]="$alert_email" [FORECASTER_JOB]="$forecaster_job")

# Writes FILE with every ${NAME} of `fields` replaced to OUT; fails when a ${...} is left.
render() {
  local file="$1" out="$2" text key
  text="$(<"$file")"
  for key in "${!fields[@]}"; do text="${text//\$\{$key\}/${fields[$key]}}"; done
  local unfilled='\$\{[A-Z_]+\}' # the placeholder syntax itself, not an expansion
  if grep -qE "$unfilled" <<<"$text"; then
    echo "apply.sh: unfilled field in $file: $(grep -oE "$unfilled" <<<"$text" | sort -u | tr '\n' ' ')" >&2
    return 1
  fi
  (umask 077 && printf '%s\n' "$text" >"$out")
  if [[ -n "$render_dir" && "$file" != */channels/* ]]; then cp "$out" "$render_dir/"; fi
}

echo "== log-based metrics"
for file in "$here"/log-metrics/*.yaml; do
  name="$(basename "$file" .yaml)"
  render "$file" "$work/$name.yaml"
  if ! $dry_run && gcloud logging metrics describe "$name" --project "$project" >/dev/null 2>&1; then
    mutate logging metrics update "$name" --project "$project" --config-from-file="$work/$name.yaml"
  else
    mutate logging metrics create "$name" --project "$project" --config-from-file="$work/$name.yaml"
  fi
done

echo "== notification channels"
slack_token="DRY-RUN-TOKEN"
if ! $dry_run; then slack_token="$(gcloud secrets versions access latest --secret="$slack_secret" --project "$project")"; fi
fields[SLACK_AUTH_TOKEN]="$slack_token"
for file in "$here"/channels/*.yaml; do
  key="CHANNEL_$(basename "$file" .yaml | sed 's/^slack-//; s/-ops$//' | tr 'a-z-' 'A-Z_')"
  display="$(sed -n 's/^displayName: //p' "$file")"
  render "$file" "$work/channel.yaml"
  channel="$(lookup beta monitoring channels list --filter="displayName=\"$display\"")"
  if [[ -z "$channel" ]]; then
    if $dry_run; then
      mutate beta monitoring channels create --project "$project" --channel-content-from-file="$work/channel.yaml"
      channel="projects/$project/notificationChannels/DRY-RUN-$key"
    else
      channel="$(gcloud beta monitoring channels create --project "$project" --channel-content-from-file="$work/channel.yaml" --format='value(name)')"
    fi
  fi
  rm -f "$work/channel.yaml" # it held the token
  fields[$key]="$channel"
  echo "$key = $channel"
done
unset 'fields[SLACK_AUTH_TOKEN]'

echo "== alert policies"
for file in "$here"/policies/*.yaml; do
  name="$(basename "$file")"
  display="$(sed -n 's/^displayName: //p' "$file")"
  render "$file" "$work/$name"
  policy="$(lookup alpha monitoring policies list --filter="displayName=\"$display\"")"
  if [[ -n "$policy" ]]; then
    mutate alpha monitoring policies update "$policy" --project "$project" --policy-from-file="$work/$name"
  else
    mutate alpha monitoring policies create --project "$project" --policy-from-file="$work/$name"
  fi
done
echo "== done"
