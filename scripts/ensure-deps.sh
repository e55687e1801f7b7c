#!/usr/bin/env bash
# Installs what the product needs and is missing: Debian packages (when root) and npm packages.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

want_browser="${1:-}"

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "$want_browser" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
elif [ "$want_browser" = "--pdf" ] && [ ! -x /usr/bin/chromium ]; then
  # npm start: the briefing PDF needs Chromium; installed when we can, otherwise only that PDF is missing.
  if [ "$(id -u)" = "0" ]; then
    missing+=(chromium)
  else
    log "chromium is not installed: everything runs, but the briefing PDF answers 503 until it is (sudo apt-get install chromium)"
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Debian's postinst may start a system cluster/server; ours run privately, so stop theirs.
    if command -v service >/dev/null 2>&1; then
      service redis-server stop >/dev/null 2>&1 || true
    fi
  else
    die "missing system packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or use docker-compose.yml."
  fi
fi

cd "$ROOT_DIR"
stamp="node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  log "installing npm packages"
  # --prefer-offline: what npm's cache already holds is used without asking the registry again (a fresh
  # clone on a machine that installed before saves a third of the time); anything missing is fetched.
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --prefer-offline; else npm install --no-audit --no-fund --prefer-offline; fi
fi
