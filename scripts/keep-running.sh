#!/usr/bin/env bash
# Runs a command and restarts it when it crashes, for npm start: up to 5 times in a row, after 1, 2, 4,
# 8 and 16 s (a run of a minute or more starts the count again), reporting each crash. Ends when the
# command ends by itself with status 0, on SIGINT or SIGTERM (passed on to the command, which is then
# not restarted), or with the command's status once its restarts are used up.
#   keep-running.sh <name> <command> [arguments...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

name="$1"
shift
max_restarts=5
stable_seconds=60
restarts=0
child=""
stopping=""

stop() {
  stopping=1
  if [ -n "$child" ]; then kill -TERM "$child" 2>/dev/null || true; fi
}
trap stop INT TERM

describe() {
  if [ "$1" -gt 128 ]; then echo "killed by SIG$(kill -l $(($1 - 128)) 2>/dev/null || echo "$(($1 - 128))")"; else echo "exit status $1"; fi
}

while :; do
  started=$SECONDS
  "$@" &
  child=$!
  wait "$child"
  status=$?
  # A signal to this script ends `wait` early: wait for the command itself.
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
  done
  child=""
  if [ -n "$stopping" ] || [ "$status" -eq 0 ]; then
    exit 0
  fi
  if [ $((SECONDS - started)) -ge "$stable_seconds" ]; then
    restarts=0
  fi
  if [ "$restarts" -ge "$max_restarts" ]; then
    printf '\033[1;31m[doorbraak]\033[0m %s crashed (%s) after %s restarts: giving up, stopping everything\n' \
      "$name" "$(describe "$status")" "$max_restarts" >&2
    exit "$status"
  fi
  delay=$((1 << restarts))
  restarts=$((restarts + 1))
  printf '\033[1;31m[doorbraak]\033[0m %s crashed (%s); restart %s of %s in %s s\n' \
    "$name" "$(describe "$status")" "$restarts" "$max_restarts" "$delay" >&2
  # Waiting in the background keeps the script responsive to Ctrl-C.
  sleep "$delay" &
  child=$!
  wait "$child"
  child=""
  if [ -n "$stopping" ]; then
    exit 0
  fi
done
