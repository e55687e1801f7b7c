#!/usr/bin/env bash
# Starts or stops the private PostgreSQL and Redis under the project-local data folder.
#   services.sh start   -> prints on stdout the servers it started, for the caller to stop later
#   services.sh stop [postgres] [redis]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
REDIS_DIR="$DATA_DIR/redis"
PG_DATA="$DATA_DIR/postgres"
mkdir -p "$DATA_DIR"
# As root the cluster belongs to the postgres user, who may not be able to reach a checkout under a
# private home folder; then the cluster lives in a folder named after this checkout instead.
if [ "$(id -u)" = "0" ] && ! runuser -u postgres -- test -x "$DATA_DIR" 2>/dev/null; then
  PG_DATA="/var/tmp/doorbraak-$(printf '%s' "$ROOT_DIR" | md5sum | cut -c1-12)/postgres"
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }
redis_ready() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; }

start_postgres() {
  if pg_ready; then return 1; fi
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" = "0" ]; then
    chown postgres:postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    runuser -u postgres -- test -w "$PG_DATA" ||
      die "the postgres user cannot write $PG_DATA; set DOORBRAAK_DATA_DIR to a folder it can reach"
  fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $PG_DATA"
    local pwfile
    pwfile="$(mktemp)"
    echo "$PG_PASSWORD" > "$pwfile"
    chmod 644 "$pwfile"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='' -c timezone=UTC" >/dev/null ||
    die "PostgreSQL did not start; see $PG_DATA/server.log"
  return 0
}

create_database() {
  local name="$1"
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 ||
    PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$name"
}

create_app_role() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  -- Several callers at once (npm test's two browser groups) take turns: two ALTER ROLEs of the same role
  -- at the same moment fail with "tuple concurrently updated".
  PERFORM pg_advisory_xact_lock(hashtext('doorbraak application role'));
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$APP_USER') THEN
    CREATE ROLE $APP_USER LOGIN PASSWORD '$APP_PASSWORD';
  ELSE
    ALTER ROLE $APP_USER LOGIN PASSWORD '$APP_PASSWORD';
  END IF;
END \$\$;
SQL
}

start_redis() {
  if redis_ready; then return 1; fi
  mkdir -p "$REDIS_DIR"
  # Queues must never lose jobs: append-only persistence and no eviction.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" --daemonize yes \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --save ''
  for _ in $(seq 1 100); do redis_ready && return 0; sleep 0.1; done
  die "Redis did not start; see $REDIS_DIR/redis.log"
}

stop_postgres() {
  [ -f "$PG_DATA/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

stop_redis() {
  if [ -f "$REDIS_DIR/redis.pid" ]; then
    local pid
    pid="$(cat "$REDIS_DIR/redis.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
}

case "${1:-}" in
  start)
    started=()
    if start_postgres; then started+=(postgres); log "PostgreSQL on 127.0.0.1:$PG_PORT"; fi
    create_app_role
    create_database doorbraak
    create_database doorbraak_test
    if start_redis; then started+=(redis); log "Redis on 127.0.0.1:$REDIS_PORT"; fi
    echo "${started[*]:-}"
    ;;
  stop)
    shift
    targets=("$@")
    [ ${#targets[@]} -eq 0 ] && targets=(postgres redis)
    for t in "${targets[@]}"; do
      case "$t" in postgres) stop_postgres ;; redis) stop_redis ;; esac
    done
    ;;
  *) die "usage: services.sh start|stop [postgres] [redis]" ;;
esac
