# harness.sh: what the shell test suites share, sourced after `set -u`:
# the pith binary under test (argument 1, made absolute), the fixtures
# folder, a scratch folder made the working directory and removed on exit,
# and the pass/fail counters with ok and fail.
pith=$(cd "$(dirname "${1:-build/pith}")" && pwd)/$(basename "${1:-build/pith}")
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0
failed=0
ok() { pass=$((pass + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
