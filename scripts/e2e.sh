#!/usr/bin/env bash
# The browser tests alone, for work on a screen: builds the stack, migrates and seeds a test
# database, and runs the e2e specs; arguments go to jest (e.g. a spec's file name).
# E2E_DATABASE (default doorbraak_test) and E2E_REDIS_DB (default 1) let several checkouts
# share one PostgreSQL and Redis; E2E_API_PORT and E2E_WEB_PORT move the stack's ports;
# E2E_OUTPUT_DIR (default tmp/e2e) holds the stack's logs and the screenshots. E2E_NO_BUILD=1 skips
# the build, for a caller that has just built the stack.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"

bash scripts/ensure-deps.sh --browser
bash scripts/services.sh start >/dev/null

database="${E2E_DATABASE:-doorbraak_test}"
[[ "$database" =~ ^[a-z0-9_]+$ ]] || die "E2E_DATABASE may hold lower-case letters, digits and _ only"
export NODE_ENV=test
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/${E2E_REDIS_DB:-1}"
export DATABASE_ADMIN_URL="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$database"
export DATABASE_URL="postgres://$APP_USER:$APP_PASSWORD@127.0.0.1:$PG_PORT/$database"
node -e '
const { Client } = require("pg");
const client = new Client({ connectionString: process.argv[1] });
client.connect()
  .then(() => client.query("SELECT 1 FROM pg_database WHERE datname = $1", [process.argv[2]]))
  .then((found) => (found.rowCount ? null : client.query(`CREATE DATABASE "${process.argv[2]}"`)))
  .finally(() => client.end());
' "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres" "$database"

if [ "${E2E_NO_BUILD:-}" != 1 ]; then
  log "build"
  quietly npx nx run-many -t build -p api worker web --outputStyle=static
fi
log "database $database"
npm run --silent db:migrate
npm run --silent db:seed
npx jest --selectProjects e2e --ci --runInBand "$@"
