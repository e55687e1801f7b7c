# Shared settings for the project's scripts: sourced, never run.
# Ports are project-specific so the private servers never collide with system ones;
# docker-compose.yml publishes the same ports with the same credentials.
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${DOORBRAAK_DATA_DIR:-$ROOT_DIR/.data}"
# The apps keep their generated JWT secret here too (when JWT_SECRET is not set outside production).
export DOORBRAAK_DATA_DIR="$DATA_DIR"
PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
# The schema owner runs migrations and the seed; the apps connect as doorbraak_app, which may
# not change the audit trail. Local passwords only: production sets its own URLs.
PG_USER=doorbraak
PG_PASSWORD=doorbraak
APP_USER=doorbraak_app
APP_PASSWORD=doorbraak_app

export DATABASE_URL="${DATABASE_URL:-postgres://$APP_USER:$APP_PASSWORD@127.0.0.1:$PG_PORT/doorbraak}"
export DATABASE_ADMIN_URL="${DATABASE_ADMIN_URL:-postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/doorbraak}"
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/doorbraak_test}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT}"
export NX_DAEMON=false
export NX_NO_CLOUD=true
export NX_TUI=false

log() { printf '\033[1;34m[doorbraak]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[doorbraak]\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a noisy command with its output kept aside, and shows that output only when it fails.
quietly() {
  local output status=0
  output="$(mktemp)"
  "$@" >"$output" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    cat "$output" >&2
    log "failed ($status): $*"
  fi
  rm -f "$output"
  return "$status"
}
