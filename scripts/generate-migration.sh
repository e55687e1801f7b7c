#!/usr/bin/env bash
# Generates a migration from the difference between the entities and the local database:
#   npm run db:generate-migration -- AddSomething
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT_DIR"
name="${1:?name the migration in PascalCase, e.g. CreateDomainSchema}"
bash scripts/services.sh start >/dev/null
npm run --silent db:migrate
node -r ts-node/register/transpile-only -r tsconfig-paths/register node_modules/typeorm/cli.js \
  migration:generate "migrations/$name" -d libs/server/data/src/data-source.ts --pretty
file="$(ls -t migrations/*-"$name".ts | head -n 1)"
class="$(grep -oE 'export class [A-Za-z0-9]+' "$file" | awk '{print $3}')"
module="./$(basename "$file" .ts)"
# Register it in migrations/index.ts, keeping the list in order.
python3 - "$class" "$module" <<'PY'
import sys, re
cls, mod = sys.argv[1], sys.argv[2]
path = 'migrations/index.ts'
src = open(path).read()
src = src.replace("\n\n//", f"\nimport {{ {cls} }} from '{mod}';\n\n//", 1)
src = re.sub(r"(export const MIGRATIONS.*? = )\[(.*?)\];", lambda m: m.group(1) + "[" + ", ".join([x.strip() for x in m.group(2).split(',') if x.strip()] + [cls]) + "];", src, flags=re.S)
open(path, 'w').write(src)
PY
log "generated $file"
