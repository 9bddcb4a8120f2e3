#!/bin/sh
# fixtures.sh — run pith over every page in fixtures/ and compare with the
# expected output written by hand beside it.
#
# A fixture is a folder fixtures/NAME/ holding:
#   input.html     the page, as raw bytes (any encoding), or
#   input.txt      the page as text (a scraper's output, lynx -dump...)
#   expected.txt   the exact text pith must print (default format)
#   args           optional: extra command-line options, one line
#   expected.json  optional: {"field": value, ...} that the --format json
#                  output must contain (each listed field compared exactly)
#   expected.EXT   optional, for EXT in md, html, xml, csv: the exact output
#                  of --format markdown/html/xml/csv (golden files), and of
#                  -o story.EXT without --format
# Usage: sh tests/fixtures.sh build/pith
set -u
pith=${1:-build/pith}
root=$(dirname "$0")/../fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
failed=0
report() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

for dir in "$root"/*/; do
    name=$(basename "$dir")
    input="$dir/input.html"
    [ -f "$input" ] || input="$dir/input.txt"
    [ -f "$input" ] || continue
    args=""
    [ -f "$dir/args" ] && args=$(cat "$dir/args")
    ok=1
    if [ -f "$dir/expected.txt" ]; then
        # shellcheck disable=SC2086
        "$pith" $args "$input" > "$tmp/out.txt" 2> "$tmp/err.txt"
        if ! cmp -s "$dir/expected.txt" "$tmp/out.txt"; then
            report "$name" "text differs from expected.txt"
            diff -u "$dir/expected.txt" "$tmp/out.txt" | head -40
            ok=0
        fi
    fi
    for pair in md:markdown html:html xml:xml csv:csv; do
        ext=${pair%%:*}; fmt=${pair#*:}
        [ -f "$dir/expected.$ext" ] || continue
        # shellcheck disable=SC2086
        "$pith" $args --format "$fmt" "$input" > "$tmp/out.$ext" 2>/dev/null
        if ! cmp -s "$dir/expected.$ext" "$tmp/out.$ext"; then
            report "$name" "$fmt output differs from expected.$ext"
            diff -u "$dir/expected.$ext" "$tmp/out.$ext" | head -40
            ok=0
        fi
        # Without --format, the extension of -o picks the same format.
        rm -f "$tmp/story.$ext"
        # shellcheck disable=SC2086
        "$pith" $args -o "$tmp/story.$ext" "$input" 2>/dev/null
        if ! cmp -s "$dir/expected.$ext" "$tmp/story.$ext"; then
            report "$name" "-o story.$ext did not write $fmt"
            ok=0
        fi
    done
    if [ -f "$dir/expected.json" ]; then
        # shellcheck disable=SC2086
        "$pith" $args --format json "$input" > "$tmp/out.json" 2>/dev/null
        if ! python3 - "$dir/expected.json" "$tmp/out.json" <<'PY'
import json, sys
want = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    got = json.load(open(sys.argv[2], encoding="utf-8"))
except ValueError as e:
    print(f"  output is not JSON: {e}"); sys.exit(1)
bad = [k for k, v in want.items() if got.get(k) != v]
for k in bad:
    print(f"  {k}: expected {want[k]!r}, got {got.get(k)!r}")
sys.exit(1 if bad else 0)
PY
        then
            report "$name" "json fields differ from expected.json"
            ok=0
        fi
    fi
    [ $ok -eq 1 ] && pass=$((pass + 1))
done
echo "fixtures: $pass passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$pass" -gt 0 ]
