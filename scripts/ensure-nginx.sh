#!/usr/bin/env bash
# Installs Debian's nginx when it is missing: the reverse proxy in front of several API processes
# (npm run cluster, and the test that runs two of them). Our own scripts start it with a config of their
# own on loopback; the system service is never started nor enabled.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Debian's nginx may live in /usr/sbin, which is not on every user's PATH.
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  die "nginx is not installed: install Debian's package (sudo apt-get install --no-install-recommends nginx-light, or nginx where that does not exist) and run this again"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The smallest build that has the proxy and upstream modules: nginx-light where the release still
# has it (Debian 12), else nginx itself (Debian 13 folded the variants into it).
package=nginx
if [ -n "$(apt-cache policy nginx-light 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; then
  package=nginx-light
fi
log "installing Debian's $package (the system service stays off)"

# Debian's maintainer scripts start a service through invoke-rc.d, which asks policy-rc.d first:
# 101 means "not allowed". Only while this install runs, and only if the machine has no policy of its own.
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
  own_policy="$policy"
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
fi
cleanup() {
  if [ -n "$own_policy" ]; then rm -f "$own_policy"; fi
}
trap cleanup EXIT
apt-get install -y -qq --no-install-recommends "$package" >/dev/null

# Installing enables the unit (or the init script) for the next boot: switch that off again.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
  systemctl disable --now nginx >/dev/null 2>&1 || true
elif command -v update-rc.d >/dev/null 2>&1; then
  update-rc.d nginx disable >/dev/null 2>&1 || true
fi
if command -v service >/dev/null 2>&1; then
  service nginx stop >/dev/null 2>&1 || true
fi
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || die "nginx was installed but cannot be found"
log "nginx installed: $(/usr/sbin/nginx -v 2>&1 || nginx -v 2>&1)"
