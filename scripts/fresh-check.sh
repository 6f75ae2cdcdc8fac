#!/usr/bin/env bash
# The fresh-clone check: what CI does on a new machine, done here. Clones the committed branch (default main)
# into a temporary folder, puts a copy of ../shared beside it, and runs the README's test command there with
# an empty NuGet package folder, so nothing from this checkout (build output, restored packages, untracked
# files) can help. Prints the test command's closing "N passed, N failed" line last.
# Run it before you merge or stop: anything installed by hand on this machine that the tests rely on shows
# up as a failure only on the next machine.
#   scripts/fresh-check.sh [BRANCH]      (keeps the folder when the run fails, for the log)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
branch=${1:-main}
shared="$repo/../shared"
[ -d "$shared" ] || { echo "No ../shared beside $repo: the tests read the seed documents from it." >&2; exit 2; }

tmp=$(mktemp -d /tmp/huunghi-fresh.XXXXXX)
git clone --quiet --branch "$branch" "$repo" "$tmp/HuuNghi"
cp -r "$shared" "$tmp/shared"
echo "== Fresh clone of $branch ($(git -C "$tmp/HuuNghi" rev-parse --short HEAD)) in $tmp, NuGet packages in $tmp/nuget"

set +e
(
  cd "$tmp/HuuNghi"
  # Another port than test.sh's default, so a developer's own run can go on beside this one.
  NUGET_PACKAGES="$tmp/nuget" HUUNGHI_TEST_PGPORT=${HUUNGHI_TEST_PGPORT:-55442} ./test.sh
) 2>&1 | tee "$tmp/fresh-check.log" | grep --line-buffered -vE "^\s*$"
status=${PIPESTATUS[0]}
set -e

last=$(tail -n 1 "$tmp/fresh-check.log")
if [ "$status" -eq 0 ]; then rm -rf "$tmp"; else echo "== Kept $tmp for the log (HuuNghi/TestResults/test.log)"; fi
echo "fresh-check: $last"
exit "$status"
