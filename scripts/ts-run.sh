#!/usr/bin/env bash
# Runs a TypeScript entry point (CLI scripts: migrate, seed, bench) with the local database settings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@"
