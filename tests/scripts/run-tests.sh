#!/usr/bin/env bash
# Runs every test of a build tree with CTest, then fails if any Qt Test skipped a case that is not
# listed (with a reason) in tests/allowed-skips.txt: a skip must never hide a missing dependency.
set -uo pipefail
build="${1:-build}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
jobs="${CTEST_JOBS:-2}"

# CTEST_ARGS narrows the run (e.g. -L 'unit|api'); word-split on purpose.
# shellcheck disable=SC2086
eval "ctest --test-dir \"\$build\" --output-on-failure -j \"\$jobs\" --timeout 900 ${CTEST_ARGS:-}"
status=$?

log="$build/Testing/Temporary/LastTest.log"
unexpected=0
if [ -f "$log" ]; then
    # Qt Test prints "SKIP   : tst_x::case() reason"; anything not allowed is an error.
    while IFS= read -r line; do
        name=$(sed -E 's/^SKIP *: *([A-Za-z0-9_:]+)\(.*/\1/' <<<"$line")
        if ! grep -qxF "$name" <(sed -E 's/[[:space:]]+#.*//' "$here/tests/allowed-skips.txt" 2>/dev/null); then
            echo "run-tests: unexpected skip: $line" >&2
            unexpected=$((unexpected + 1))
        fi
    done < <(grep -E '^SKIP +:' "$log" || true)
fi

if [ "$unexpected" -ne 0 ]; then
    echo "run-tests: $unexpected unexpected skip(s)" >&2
    exit 1
fi
exit $status
