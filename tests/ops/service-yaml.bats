#!/usr/bin/env bats
# ops/cloudrun/service.yaml: valid YAML, and once filled in by the deploy script, complete against the env schema
# with every secret from Secret Manager.

load helpers

NODE="$REPO_ROOT/node_modules/.bin/node"

setup() {
  setup_fakes
  export SERVICE_ACCOUNT=tac-run@tac-prod.iam.gserviceaccount.com VPC_NETWORK=tac-vpc VPC_SUBNET=tac-run-subnet
  export ALERT_EMAIL_TO=ops@example.jp,oncall@example.jp ALERT_EMAIL_FROM=tac-alerts@example.jp
  export LB_ADDRESSES=198.51.100.10,2001:db8::10
  export PROJECT_ID=tac-prod REGION=asia-northeast1 SERVICE=tokyo-ai-chat-service
  rendered="$BATS_TEST_TMPDIR/service.yaml"
  "$REPO_ROOT/ops/scripts/deploy-blue-green.sh" --render-only --image img@sha256:0123 --revision-suffix r1 \
    --app-version 0123456 >"$rendered"
}

@test "the template passes yamllint" {
  run yamllint -d '{extends: default, rules: {line-length: {max: 130}, document-start: disable}}' \
    "$REPO_ROOT/ops/cloudrun/service.yaml"
  [ "$status" -eq 0 ]
}

@test "the rendered service has every variable of the env schema, valid, and secrets only by reference" {
  run "$NODE" "$REPO_ROOT/tests/ops/check-service-yaml.ts" "$rendered"
  echo "$output"
  [ "$status" -eq 0 ]
  # an all-digit version stays a string
  grep -q "value: '0123456'" "$rendered"
}

@test "an inline secret is refused" {
  sed -i 's#^              value: gemini-3.5-flash-lite#              value: redis://default:hunter2@10.0.0.3:6379#' "$rendered"
  awk '/- name: GEMINI_API_KEY/ { print; print "              value: AIzaSyA0123456789abcdefghijklmnopq"; skip = 4; next } skip { skip--; next } { print }' \
    "$rendered" >"$rendered.bad"
  run "$NODE" "$REPO_ROOT/tests/ops/check-service-yaml.ts" "$rendered.bad"
  [ "$status" -eq 1 ]
  [[ "$output" == *"GEMINI_API_KEY must come from Secret Manager"* ]]
  [[ "$output" == *"GEMINI_MODEL holds a URL with a password inline"* ]]
}

@test "a missing variable, a reserved one and a wrong scale are refused" {
  sed -e '/- name: LOG_LEVEL/,+1d' -e "s/minScale: '3'/minScale: '1'/" "$rendered" >"$rendered.bad"
  sed -i 's/            - name: NODE_ENV/            - name: PORT\n              value: "8080"\n            - name: NODE_ENV/' "$rendered.bad"
  run "$NODE" "$REPO_ROOT/tests/ops/check-service-yaml.ts" "$rendered.bad"
  [ "$status" -eq 1 ]
  [[ "$output" == *"LOG_LEVEL (src/config/env.ts) is missing"* ]]
  [[ "$output" == *"PORT must not be set on Cloud Run"* ]]
  [[ "$output" == *"minScale must be 3"* ]]
}

@test "a value the schema refuses is caught before a deploy" {
  sed -i "/- name: TRUST_PROXY_HOPS/{n;s/value: '1'/value: 'nine'/}" "$rendered"
  run "$NODE" "$REPO_ROOT/tests/ops/check-service-yaml.ts" "$rendered"
  [ "$status" -eq 1 ]
  [[ "$output" == *"TRUST_PROXY_HOPS"* ]]
}
