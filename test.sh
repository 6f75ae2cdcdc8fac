#!/usr/bin/env bash
# HuuNghi: runs every test (unit, integration on SQLite and PostgreSQL, browser) on a fresh machine.
# Installs what the tests need from Debian (PostgreSQL, Chromium, LibreOffice, poppler, and the Liberation and DejaVu fonts the PDF tests print with) when missing, starts
# PostgreSQL on a loopback port in a temporary directory, and stops and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")"

need=()
for pkg in postgresql chromium libreoffice-writer-nogui poppler-utils fonts-liberation fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== Installing ${need[*]} (Debian)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

PGBIN=/usr/lib/postgresql/15/bin
PGPORT=${HUUNGHI_TEST_PGPORT:-55432}
PGDIR=$(mktemp -d /tmp/huunghi-pg.XXXXXX)
run_as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDIR"
stop_pg() {
  run_as_postgres "$PGBIN/pg_ctl -D $PGDIR/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop_pg EXIT
echo "== Starting PostgreSQL on 127.0.0.1:$PGPORT"
run_as_postgres "$PGBIN/initdb -D $PGDIR/data -U huunghi --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
if ! run_as_postgres "$PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w -o \"-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null; then
  echo "PostgreSQL did not start on port $PGPORT (another server there? set HUUNGHI_TEST_PGPORT). Its log:" >&2
  tail -n 20 "$PGDIR/log" >&2 || true
  echo "0 passed, 1 failed"
  exit 1
fi
export HUUNGHI_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=huunghi;Database=postgres"

echo "== Building"
dotnet build HuuNghi.slnx -c Release -nologo -v quiet

echo "== Testing (about 12 minutes on 2 cores; the full log is kept in TestResults/test.log)"
started=$(date +%s)
mkdir -p TestResults
log=TestResults/test.log
# Each project writes its own results.trx (tests/<Project>/TestResults/): the counts per project come from there.
rm -f tests/*/TestResults/results.trx
set +e
# Live: each failing test and each finished project as it happens; the summary below repeats them with messages.
dotnet test HuuNghi.slnx -c Release --no-build -nologo --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" 2>&1 \
  | tee "$log" | grep --line-buffered -E "^  Failed [^!]"
status=${PIPESTATUS[0]}
set -e

echo "== Summary"
# Each failure with its message and the first line of its stack, then one line per test project with its name.
awk '
  /^  Failed [^!]/ { name = $0; sub(/^  Failed /, "", name); print "FAILED " name; want = 1; next }
  want == 1 && /^  Error Message:/ { msg = 1; next }
  want == 1 && msg == 1 && /^  Stack Trace:/ { msg = 0; stack = 1; next }
  want == 1 && msg == 1 { if (++lines <= 6) print "    " $0; next }
  want == 1 && stack == 1 && NF > 0 { print "    " $0; want = 0; stack = 0; lines = 0; next }
' "$log"
passed=0; failed=0
for trx in tests/*/TestResults/results.trx; do
  [ -f "$trx" ] || continue
  project=$(basename "$(dirname "$(dirname "$trx")")")
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  p=$(count passed); f=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) )); n=$(count notExecuted)
  echo "  $project: $p passed, $f failed, $n skipped"
  passed=$((passed + p)); failed=$((failed + f))
done
grep -E "error (CS|MSB|NU)[0-9]+|^ *(Testhost process exited|The active test run was aborted)" "$log" | sort -u | head -20 || true

# A run that failed without a failing test (a crashed test host, a project that did not run) still fails.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "== $(( ($(date +%s) - started) / 60 )) min; full log: $log"
echo "$passed passed, $failed failed"
exit "$status"
