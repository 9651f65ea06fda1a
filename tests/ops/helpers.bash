# shellcheck shell=bash
# Shared by tests/ops/*.bats: recording fakes of the cloud tools on PATH (the cloud cannot be reached here).

REPO_ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
export REPO_ROOT

# Puts fakes of gcloud, curl, npm, sleep and redis-cli (fake-command) and gsutil (a directory as the bucket
# store) first on PATH. Their calls are in $FAKE_LOG, one shell-quoted line each.
setup_fakes() {
  export FAKE_DIR="$BATS_TEST_TMPDIR/fake"
  export FAKE_LOG="$FAKE_DIR/calls.log"
  export FAKE_GCS="$FAKE_DIR/gcs"
  export TMPDIR="$BATS_TEST_TMPDIR/tmp"
  mkdir -p "$FAKE_DIR/rules" "$FAKE_DIR/bin" "$FAKE_GCS" "$TMPDIR"
  : >"$FAKE_LOG"
  local tool
  for tool in gcloud curl npm sleep redis-cli "$@"; do
    ln -sf "$REPO_ROOT/tests/ops/fakes/fake-command" "$FAKE_DIR/bin/$tool"
  done
  ln -sf "$REPO_ROOT/tests/ops/fakes/gsutil" "$FAKE_DIR/bin/gsutil"
  export PATH="$FAKE_DIR/bin:$PATH"
}

# rule TOOL GLOB STATUS [ANSWER]: how a fake answers calls whose arguments match GLOB. The rule given last is
# tried first, so a test can override the defaults its setup gave.
rule() {
  local file="$FAKE_DIR/rules/$1"
  { printf '%s\t%s\t%s\n' "$2" "$3" "${4:-}"; cat "$file" 2>/dev/null || true; } >"$file.new"
  mv "$file.new" "$file"
}

# answers NAME TEXT...: the sequence of answers NAME.1, NAME.2, ... for a `seq:NAME` rule.
answers() {
  local name="$1" n=0 text
  shift
  for text in "$@"; do
    n=$((n + 1))
    printf '%s\n' "$text" >"$FAKE_DIR/$name.$n"
  done
}

# The recorded calls of some tools (all when none named), with temporary file names replaced by <tmp>.
calls() {
  local pattern='.'
  (($#)) && pattern="^($(IFS='|'; echo "$*"))( |$)"
  grep -E "$pattern" "$FAKE_LOG" | sed "s#$TMPDIR/[^ ]*#<tmp>#g" || true
}
