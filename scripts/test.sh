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
# Tests use their own Redis database, so a running `npm start` never picks up their jobs.
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1"

log "typecheck"
npm run --silent typecheck
log "lint"
npm run --silent lint
npm run --silent codegen:check

log "unit tests"
# The domain's rules are pure: their unit tests keep nearly every branch covered, and jest fails below 98%.
npx jest --selectProjects unit --ci --coverage --coverageReporters=text-summary \
  --collectCoverageFrom='libs/domain/src/**/*.ts' --collectCoverageFrom='!libs/domain/src/**/*.spec.ts' \
  --coverageThreshold='{"global":{"branches":98}}'
log "integration tests"
npx jest --selectProjects integration --ci --runInBand

log "browser tests"
quietly npx nx run-many -t build -p api worker web --outputStyle=static
npm run --silent web:bundle-size
# The e2e stack runs against the test database, migrated and seeded like a fresh install.
export DATABASE_ADMIN_URL="$TEST_DATABASE_URL"
export DATABASE_URL="${TEST_DATABASE_URL/\/\/$PG_USER:$PG_PASSWORD@/\/\/$APP_USER:$APP_PASSWORD@}"
npm run --silent db:migrate
npm run --silent db:seed
npx jest --selectProjects e2e --ci --runInBand
