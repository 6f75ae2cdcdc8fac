#!/usr/bin/env bash
# Adds a migration for BOTH providers (SQLite and PostgreSQL), which must always move together.
#   scripts/migrations.sh add <Name>
#   scripts/migrations.sh reset     # pre-release only: regenerate the single Initial migration from the model
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
  reset) rm -rf "$project/Data/Migrations" "$project/HuuNghi"; add Initial ;;
  *) echo "usage: $0 add <Name> | reset" >&2; exit 2 ;;
esac
