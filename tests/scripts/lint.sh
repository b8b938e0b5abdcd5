#!/usr/bin/env bash
# The code-shape checks CI runs after the tests: clang-format (every tracked C++ file must already
# be formatted) and clang-tidy with the root .clang-tidy over the sources below the UI (app/,
# models/, sandbox/) — ui/ too with LINT_ALL=1 (`make lint-all`), which CI leaves out for time:
# clang-tidy parses each file whole, a few seconds each with the Widgets headers. Tests and the
# generated moc files are not checked. Exits non-zero on any finding.
# Usage: tests/scripts/lint.sh [build-dir]
#        tests/scripts/lint.sh --deps    only install clang-format and clang-tidy
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-build}"
cd "$here"

missing=()
command -v clang-format >/dev/null || missing+=(clang-format)
command -v clang-tidy >/dev/null || missing+=(clang-tidy)
if [ ${#missing[@]} -ne 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ "$build" = --deps ] && exit 0

mapfile -t cxx < <(git ls-files '*.cpp' '*.h')
echo "lint: clang-format on ${#cxx[@]} files"
clang-format --dry-run -Werror "${cxx[@]}"

if [ ! -f "$build/compile_commands.json" ]; then
    echo "lint: $build/compile_commands.json is missing (build first)" >&2
    exit 1
fi
areas=('app/*.cpp' 'models/*.cpp' 'sandbox/*.cpp')
[ "${LINT_ALL:-0}" = 1 ] && areas+=('ui/*.cpp')
mapfile -t sources < <(git ls-files "${areas[@]}")
echo "lint: clang-tidy on ${#sources[@]} sources"
log="$build/clang-tidy.log"
# clang-tidy reads a copy of the compilation database: CI runs this beside the package stages,
# whose CMake configure may rewrite the build's copy while a batch starts.
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
cp "$build/compile_commands.json" "$db/"
printf '%s\n' "${sources[@]}" \
    | xargs -P "${LINT_JOBS:-$(nproc)}" -n 8 clang-tidy -p "$db" --quiet 2>/dev/null >"$log" || true
if grep -E '(warning|error): ' "$log" >/dev/null; then
    grep -E -A3 '(warning|error): ' "$log" | head -200
    echo "lint: clang-tidy found $(grep -cE '(warning|error): ' "$log") problem(s); full log: $log" >&2
    exit 1
fi
echo "lint: clean"
