#!/usr/bin/env bash
# npm test: the same set-up as npm start, then every test: types, lint, unit, integration
# (real PostgreSQL and Redis), and the browser tests against the built stack in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"

bash scripts/ensure-deps.sh --browser
started="$(bash scripts/services.sh start)"
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$started" ]; then
    # shellcheck disable=SC2086
    bash scripts/services.sh stop $started
  fi
  exit "$status"
}
trap cleanup EXIT INT TERM

export NODE_ENV=test
# Each step says when it began, counted from the start, so a slow run shows where its time went.
step() { log "$* (at $((SECONDS / 60)) min $((SECONDS % 60)) s)"; }
# Tests use their own Redis database, so a running `npm start` never picks up their jobs.
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1"

# Type checking and lint are each one process on one core: run them side by side.
step "typecheck and lint"
typecheck_output="$(mktemp)"
npm run --silent typecheck >"$typecheck_output" 2>&1 &
typecheck_pid=$!
lint_status=0
npm run --silent lint || lint_status=$?
typecheck_status=0
wait "$typecheck_pid" || typecheck_status=$?
cat "$typecheck_output"
rm -f "$typecheck_output"
[ "$typecheck_status" -eq 0 ] || die "typecheck failed"
[ "$lint_status" -eq 0 ] || die "lint failed"
npm run --silent codegen:check

step "unit tests"
# The domain's rules are pure: their unit tests keep nearly every branch covered, and jest fails below 98%.
npx jest --selectProjects unit --ci --coverage --coverageReporters=text-summary \
  --collectCoverageFrom='libs/domain/src/**/*.ts' --collectCoverageFrom='!libs/domain/src/**/*.spec.ts' \
  --coverageThreshold='{"global":{"branches":98}}'
step "integration tests"
# With coverage of the server libraries: jest fails when one drops below its floor (jest.config.ts).
# The specs that run the worker as a child process against servers of their own mostly wait for it, and add
# nothing to coverage (the child's code is not measured): they run beside the others, in a jest process of
# their own with a Redis database of its own.
apart=(apps/worker/src/ libs/server/testing/src/lib/dedicated-servers)
apart_output="$(mktemp)"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/9" npx jest --selectProjects integration --ci --runInBand \
  --testPathPatterns "${apart[@]}" >"$apart_output" 2>&1 &
apart_pid=$!
integration_status=0
npx jest --selectProjects integration --ci --runInBand --coverage --coverageReporters=text-summary \
  --testPathIgnorePatterns /node_modules/ "${apart[@]}" || integration_status=$?
apart_status=0
wait "$apart_pid" || apart_status=$?
cat "$apart_output"
rm -f "$apart_output"
[ "$integration_status" -eq 0 ] && [ "$apart_status" -eq 0 ] || die "integration tests failed"

step "building the stack for the browser tests"
quietly npx nx run-many -t build -p api worker web --outputStyle=static
npm run --silent web:bundle-size
# The e2e stack runs against the test database, migrated and seeded like a fresh install.
export DATABASE_ADMIN_URL="$TEST_DATABASE_URL"
export DATABASE_URL="${TEST_DATABASE_URL/\/\/$PG_USER:$PG_PASSWORD@/\/\/$APP_USER:$APP_PASSWORD@}"
npm run --silent db:migrate
npm run --silent db:seed
step "browser tests"
npx jest --selectProjects e2e --ci --runInBand
step "all tests passed"
