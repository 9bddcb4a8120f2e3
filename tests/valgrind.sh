#!/bin/sh
# valgrind.sh — run the CLI over every fixture under valgrind memcheck, in
# the default text format and in JSON, with each fixture's own arguments.
# Any memory error or leak (definite, indirect or possible) fails the run;
# memory still reachable at exit (the compiled rule patterns, built once per
# process) is not a leak.
# Usage: sh tests/valgrind.sh build/pith
set -u
pith=${1:-build/pith}
root=$(dirname "$0")/../fixtures
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pass=0
failed=0
for dir in "$root"/*/; do
    [ -f "$dir/input.html" ] || continue
    args=""
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    for fmt in text json; do
        # shellcheck disable=SC2086
        valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible \
            --show-leak-kinds=definite,indirect,possible \
            "$pith" $args --format "$fmt" "$dir/input.html" >/dev/null 2>"$log"
        rc=$?
        if [ $rc -eq 99 ] || [ $rc -ge 128 ] || grep -q "^==[0-9]*==" "$log"; then
            echo "FAIL $(basename "$dir") ($fmt): valgrind status $rc"
            head -40 "$log"
            failed=$((failed + 1))
        else
            pass=$((pass + 1))
        fi
    done
done
echo "valgrind: $pass passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$pass" -gt 0 ]
