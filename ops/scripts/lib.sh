# shellcheck shell=bash
# Shared by the operations scripts in ops/scripts/: logging, --dry-run, required settings, gcloud flags.
# Source it after `set -euo pipefail`; it only defines functions and reads no secret.

DRY_RUN="${DRY_RUN:-false}"

# Messages go to stderr, so that stdout stays the script's result (a URL, a backup id).
log() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }

# die MESSAGE [EXIT_CODE]
die() {
  log "ERROR: $1"
  exit "${2:-1}"
}

# The command as one shell-quoted line (for logs; callers never pass a secret on a command line).
quote_cmd() {
  local out=() arg
  for arg in "$@"; do
    if [[ "$arg" =~ ^[-A-Za-z0-9_./:=,@%+]+$ ]]; then out+=("$arg"); else out+=("$(printf '%q' "$arg")"); fi
  done
  printf '%s' "${out[*]}"
}

# run CMD...: a command that changes something. Logged; skipped under --dry-run. Reads run directly.
run() {
  if [[ "$DRY_RUN" == true ]]; then
    log "[dry-run] $(quote_cmd "$@")"
    return 0
  fi
  log "+ $(quote_cmd "$@")"
  "$@"
}

# require NAME...: each named setting must be non-empty (from a flag or the environment).
require() {
  local name
  for name in "$@"; do
    [[ -n "${!name:-}" ]] || die "$name is required (see --help)" 64
  done
}

# need_cmd NAME...: each command must be on PATH.
need_cmd() {
  local name
  for name in "$@"; do
    command -v "$name" >/dev/null 2>&1 || die "$name is not installed (or not on PATH)" 69
  done
}

# is_number VALUE: a plain decimal number (what the health endpoint's errorRate is).
is_number() { [[ "$1" =~ ^[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$ ]]; }

# above A B: true when the decimal A is greater than B (awk: no bc needed).
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 > b + 0) }'; }

# The secret's latest version, for a script that must use it (redis-cli's REDISCLI_AUTH, never argv or logs).
secret_value() {
  gcloud secrets versions access latest --secret="$1" --project="$PROJECT_ID"
}

# parse_redis_url URL: sets REDIS_HOST, REDIS_PORT, REDIS_DB, REDIS_USER, REDIS_TLS and REDIS_PASSWORD
# (percent-decoded), and REDIS_CLI (redis-cli's connection flags). The password is handed to redis-cli through
# REDISCLI_AUTH, never on its command line, where other users of the machine could read it.
parse_redis_url() {
  local re='^(rediss?)://(([^:@/]*)(:([^@/]*))?@)?([^:/?@]+)(:([0-9]+))?(/([0-9]+))?/?$'
  [[ "$1" =~ $re ]] || die "the Redis URL is not redis://[user:password@]host[:port][/db]" 64
  REDIS_TLS=false
  [[ "${BASH_REMATCH[1]}" == rediss ]] && REDIS_TLS=true
  REDIS_USER="${BASH_REMATCH[3]}"
  REDIS_PASSWORD="$(printf '%b' "${BASH_REMATCH[5]//%/\\x}")"
  REDIS_HOST="${BASH_REMATCH[6]}"
  REDIS_PORT="${BASH_REMATCH[8]:-6379}"
  REDIS_DB="${BASH_REMATCH[10]:-0}"
  REDIS_CLI=(-h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB")
  if $REDIS_TLS; then REDIS_CLI+=(--tls); fi
  if [[ -n "$REDIS_USER" ]]; then REDIS_CLI+=(--user "$REDIS_USER"); fi
  if [[ -n "$REDIS_PASSWORD" ]]; then export REDISCLI_AUTH="$REDIS_PASSWORD"; fi
}

# The Redis URL: REDIS_URL from the environment, else the Secret Manager secret named by REDIS_URL_SECRET.
redis_url() {
  if [[ -n "${REDIS_URL:-}" ]]; then printf '%s' "$REDIS_URL"; return; fi
  [[ -n "${REDIS_URL_SECRET:-}" ]] || die "set REDIS_URL or --redis-url-secret" 64
  secret_value "$REDIS_URL_SECRET"
}

# The settings automated-backup.sh and restore.sh share, from the environment (their flags may change them).
backup_settings() {
  PROJECT_ID="${PROJECT_ID:-}"
  REGION="${REGION:-}"
  BACKUP_BUCKET="${BACKUP_BUCKET:-}"
  SECONDARY_BUCKET="${SECONDARY_BUCKET:-}"
  REDIS_MODE="${REDIS_MODE:-memorystore}"
  REDIS_INSTANCE="${REDIS_INSTANCE:-}"
  REDIS_URL_SECRET="${REDIS_URL_SECRET:-}"
}

# backup_flag FLAG VALUE: sets one of the shared settings; false when FLAG is not one of them.
backup_flag() {
  case "$1" in
    --project) PROJECT_ID="${2:?$1 needs a value}" ;;
    --region) REGION="${2:?$1 needs a value}" ;;
    --primary-bucket) BACKUP_BUCKET="${2:?$1 needs a value}" ;;
    --secondary-bucket) SECONDARY_BUCKET="${2:?$1 needs a value}" ;;
    --redis-mode) REDIS_MODE="${2:?$1 needs a value}" ;;
    --redis-instance) REDIS_INSTANCE="${2:?$1 needs a value}" ;;
    --redis-url-secret) REDIS_URL_SECRET="${2:?$1 needs a value}" ;;
    *) return 1 ;;
  esac
}
