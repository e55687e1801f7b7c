#!/usr/bin/env bash
# npm run lint: ESLint with the module-boundary rule live. That rule reads Nx's cached project graph
# and, without one (a fresh clone), skips itself with a warning; so compute the graph first, and
# fail if the rule was skipped anyway.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"

npx nx show projects >/dev/null
output="$(mktemp)"
trap 'rm -f "$output"' EXIT
status=0
npx eslint "$@" . >"$output" 2>&1 || status=$?
cat "$output"
if grep -q "will be skipped" "$output"; then
  die "the module-boundary rule did not run (no project graph)"
fi
exit "$status"
