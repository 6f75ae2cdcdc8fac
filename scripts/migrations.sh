#!/usr/bin/env bash
# Adds a migration for BOTH providers (SQLite and PostgreSQL), which must always move together.
#   scripts/migrations.sh add <Name>
# Installed databases must open in the next version without loss: migrations are only ever added, never
# regenerated or edited once committed (the upgrade test in tests/HuuNghi.Core.Tests/Upgrade proves it).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/HuuNghi.Core
add() {
  dotnet ef migrations add "$1" --project "$project" --context SqliteHuuNghiDbContext \
    --output-dir Data/Migrations/Sqlite
  dotnet ef migrations add "$1" --project "$project" --context PostgresHuuNghiDbContext \
    --output-dir Data/Migrations/Postgres
}
case "${1:-}" in
  add) add "${2:?migration name}" ;;
  *) echo "usage: $0 add <Name>" >&2; exit 2 ;;
esac
