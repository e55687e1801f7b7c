#!/usr/bin/env bash
# npm test: the same set-up as npm start, then every test: types, lint, unit, integration
# (real PostgreSQL and Redis), and the browser tests against the built stack in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"

bash scripts/ensure-deps.sh --browser
# The reverse proxy of the several-processes test; without it (not root, nothing installed) that test says so and skips.
bash scripts/ensure-nginx.sh || log "nginx is missing: the test of several API processes behind the proxy will be skipped"
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
step "building the stack for the drill and the browser tests"
quietly npx nx run-many -t build -p api worker web --outputStyle=static
npm run --silent web:bundle-size
step "integration tests and the short drill"
# The specs that run the worker as a child process against servers of their own mostly wait for it, and add
# nothing to coverage (the child's code is not measured): they run beside the others, in a jest process of
# their own with a Redis database of its own. So does the spec that ends the API's connections mid-request: it
# waits on reconnections far more than it runs.
apart=(apps/worker/src/ libs/server/testing/src/lib/dedicated-servers apps/api/src/connections-ended)
# When those are done (after about three minutes) a second core is free: some long specs of the main set run
# there, with coverage, so both processes end at about the same time.
second=(apps/api/src/authorization-matrix apps/api/src/input-fuzz apps/api/src/outage libs/server/meetings/src/lib/meetings.int-spec)
coverage_dir="$(mktemp -d)"
apart_output="$(mktemp)"
(
  status=0
  REDIS_URL="redis://127.0.0.1:$REDIS_PORT/9" npx jest --selectProjects integration --ci --runInBand \
    --testPathPatterns "${apart[@]}" || status=$?
  REDIS_URL="redis://127.0.0.1:$REDIS_PORT/8" npx jest --selectProjects integration --ci --runInBand \
    --coverage --coverageReporters=json --coverageDirectory="$coverage_dir/second" --coverageThreshold='{}' \
    --testPathPatterns "${second[@]}" || status=$?
  exit "$status"
) >"$apart_output" 2>&1 &
apart_pid=$!
# The short drill (npm run drill -- --short) against the built API and worker, with a PostgreSQL and a Redis
# of its own: load, outages, a worker killed mid-sweep and hostile requests.
drill_output="$(mktemp)"
bash scripts/ts-run.sh tools/drill/drill.ts --short >"$drill_output" 2>&1 &
drill_pid=$!
integration_status=0
npx jest --selectProjects integration --ci --runInBand \
  --coverage --coverageReporters=json --coverageDirectory="$coverage_dir/main" --coverageThreshold='{}' \
  --testPathIgnorePatterns /node_modules/ "${apart[@]}" "${second[@]}" || integration_status=$?
apart_status=0
wait "$apart_pid" || apart_status=$?
cat "$apart_output"
rm -f "$apart_output"
drill_status=0
wait "$drill_pid" || drill_status=$?
cat "$drill_output"
rm -f "$drill_output"
[ "$integration_status" -eq 0 ] && [ "$apart_status" -eq 0 ] || die "integration tests failed"
# With coverage of the server libraries, from both processes: a library below its floor fails (tools/coverage).
coverage_status=0
bash scripts/ts-run.sh tools/coverage/check-floors.ts "$coverage_dir/main/coverage-final.json" "$coverage_dir/second/coverage-final.json" ||
  coverage_status=$?
rm -rf "$coverage_dir"
[ "$coverage_status" -eq 0 ] || die "coverage of the server libraries is below a floor"
[ "$drill_status" -eq 0 ] || die "the short drill failed"

step "browser tests"
# Most of a browser test's time is spent waiting (for the browser, for live events, for the worker's sweep),
# so the specs run in two groups side by side. Each group has a stack of its own — database (migrated and
# seeded like a fresh install), Redis database, ports — so no spec reads figures the other group changes.
# A new spec joins the first group unless it is named here.
second_group=(national dossiers web-client-screens meeting-mode ladder-live agenda briefing)
second_pattern="/($(IFS='|'; echo "${second_group[*]}"))\.e2e-spec\.ts$"
# The screenshots are for people to look at, not checks: npm test leaves them out (they cost a fair part of the
# browsers' time) unless E2E_SCREENSHOTS=1; npm run test:e2e writes them.
export E2E_SCREENSHOTS="${E2E_SCREENSHOTS:-0}"
api_port="${E2E_API_PORT:-3100}"
web_port="${E2E_WEB_PORT:-4300}"
browser_group() {
  local group="$1" database="$2" redis_db="$3" api="$4" web="$5"
  shift 5
  (
    set -o pipefail
    E2E_NO_BUILD=1 E2E_DATABASE="$database" E2E_REDIS_DB="$redis_db" E2E_API_PORT="$api" E2E_WEB_PORT="$web" \
      E2E_OUTPUT_DIR="tmp/e2e/group-$group" bash scripts/e2e.sh --testPathIgnorePatterns /node_modules/ "$@" 2>&1 |
      sed -u "s/^/[browser $group] /"
  )
}
browser_group 1 doorbraak_test 1 "$api_port" "$web_port" --testPathIgnorePatterns "$second_pattern" &
first_pid=$!
browser_status=0
browser_group 2 doorbraak_test_2 2 "$((api_port + 1))" "$((web_port + 1))" --testPathPatterns "$second_pattern" || browser_status=$?
wait "$first_pid" || browser_status=$?
[ "$browser_status" -eq 0 ] || die "browser tests failed"
step "all tests passed"
