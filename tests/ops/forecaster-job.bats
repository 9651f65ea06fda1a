#!/usr/bin/env bats
# ops/cloudrun/forecaster-job.yaml: valid YAML, a sound Cloud Run job, and its command runs in dry-run mode as
# defined (against the Cloud Monitoring, Cloud Run Admin and metadata doubles of tests/fakes/).

load helpers

NODE="$REPO_ROOT/node_modules/.bin/node"

@test "the job definition passes yamllint" {
  run yamllint -s -c "$REPO_ROOT/ops/.yamllint" "$REPO_ROOT/ops/cloudrun/forecaster-job.yaml"
  [ "$status" -eq 0 ]
}

@test "the job as defined runs its entry in dry-run mode, decides, and changes nothing" {
  run "$NODE" "$REPO_ROOT/tests/ops/check-forecaster-job.ts"
  echo "$output"
  [ "$status" -eq 0 ]
  [[ "$output" == *"forecaster job (dry run):"* ]]
  [[ "$output" == *"check-forecaster-job: passed"* ]]
}

@test "the entry refuses to act on an assumed setting outside dry-run" {
  run "$NODE" "$REPO_ROOT/src/jobs/forecast-min-instances.ts" --assume-current 3
  [ "$status" -eq 78 ]
  [[ "$output" == *"for dry runs only"* ]]
}
