#!/usr/bin/env bash
# npm start: installs what is missing, starts PostgreSQL and Redis under .data/, migrates,
# loads the demo data of the 20 areas and runs api, worker and web, restarting one that crashes.
# Ctrl-C stops all it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"

# Chromium too: the API renders the mayor's briefing PDF with it.
bash scripts/ensure-deps.sh --pdf
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

export NODE_ENV="${NODE_ENV:-development}"
export PORT="${PORT:-3000}"
export WEB_PORT="${WEB_PORT:-4200}"
export WORKER_HEALTH_PORT="${WORKER_HEALTH_PORT:-3001}"
export API_URL="http://127.0.0.1:$PORT"

npm run --silent db:migrate
npm run --silent db:seed
log "building api and worker"
quietly npx nx run-many -t build -p api worker --outputStyle=static

cat >&2 <<INFO

  Doorbraak is starting:
    web       http://localhost:$WEB_PORT
    GraphQL   http://localhost:$PORT/graphql
    health    http://localhost:$PORT/health (worker: http://localhost:$WORKER_HEALTH_PORT/health)

  Demo accounts (password: doorbraak), for every area slug such as rotterdam-zuid:
    programmadirecteur.<slug>@demo.doorbraak.nl   burgemeester.<slug>@demo.doorbraak.nl
    rijksvertegenwoordiger.<slug>@demo.doorbraak.nl   partner.<slug>@demo.doorbraak.nl
    coordinator@demo.doorbraak.nl   admin@demo.doorbraak.nl

  Ctrl-C stops everything.

INFO

# A process that crashes is restarted, up to 5 times in a row (after 1, 2, 4, 8 and 16 s), and the
# crash is reported (scripts/keep-running.sh); only when its restarts are used up do the others stop
# too. Ctrl-C stops everything, without restarts.
npx concurrently --kill-others-on-fail --names api,worker,web --prefix-colors blue,magenta,green \
  "bash scripts/keep-running.sh api node --enable-source-maps --max-old-space-size=384 dist/apps/api/main.js" \
  "bash scripts/keep-running.sh worker node --enable-source-maps dist/apps/worker/main.js" \
  "bash scripts/keep-running.sh web npx vite --config apps/web/vite.config.mts"
