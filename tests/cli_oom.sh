#!/bin/sh
# cli_oom.sh — the command line under allocation failure.  For each way of
# running it below, every malloc, calloc and realloc of the process is made
# to fail in turn (tests/tools/failalloc.c, preloaded).  Each run must end
# either exactly as the clean run did (the failure changed nothing: same
# status, same output) or with a documented memory status (4 with a message
# on stderr, or 5 for a batch whose JSONL record or message says
# "out_of_memory"), no signal, no hang, and no JSON line cut short.  No
# document may be lost in silence: a run that ends 0 wrote everything.
# Usage: sh tests/cli_oom.sh build/pith build/tests/failalloc.so
set -u
pith=$1
shim=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/json"
fails=0

page=fixtures/article-anchor-class-headings/input.html
text=fixtures/text-about-writer/input.txt

# What a run wrote: its standard output, then each file under out/ in order.
written() {
    cat "$tmp/stdout"
    [ -d "$tmp/out" ] && find "$tmp/out" -type f | sort | while read -r f; do
        echo "== ${f#"$tmp"/}"; cat "$f"; done
}

# Every line that looks like JSON, in every output kept under json/, parses
# (a line cut short would not); one Python for all the runs.
json_lines_whole() {
    python3 - "$tmp/json" <<'PY'
import json, os, sys
bad = 0
for name in sorted(os.listdir(sys.argv[1])):
    for line in open(os.path.join(sys.argv[1], name), encoding="utf-8", errors="strict"):
        if line.startswith("{"):
            try:
                json.loads(line)
            except ValueError:
                print(f"FAIL cli_oom {name}: a JSON line cut short")
                bad += 1
                break
sys.exit(1 if bad else 0)
PY
}

run() { # ARGS...: one run, its status in $rc, what it wrote in $tmp/got
    rm -rf "$tmp/out"
    timeout 60 env LD_PRELOAD="$shim" "$pith" "$@" >"$tmp/stdout" 2>"$tmp/err"
    rc=$?
    written >"$tmp/got"
}

sweep() { # NAME ARGS...
    name=$1; shift
    PITH_FAIL_COUNT="$tmp/count" run "$@"
    clean_rc=$rc
    mv "$tmp/got" "$tmp/clean"
    total=$(cat "$tmp/count")
    n=1
    while [ "$n" -le "$total" ]; do
        PITH_FAIL_AT=$n run "$@"
        why=""
        if [ "$rc" -eq "$clean_rc" ] && cmp -s "$tmp/got" "$tmp/clean"; then
            :
        elif [ "$rc" -ge 124 ]; then
            why="killed or hung (status $rc)"
        elif [ "$rc" -ne 4 ] && [ "$rc" -ne 5 ]; then
            why="status $rc is no memory status (the clean run gave $clean_rc)"
        elif [ "$rc" -eq 4 ] && [ ! -s "$tmp/err" ]; then
            why="status 4 without a message"
        elif [ "$rc" -eq 5 ] && ! grep -q 'out_of_memory' "$tmp/stdout" "$tmp/err"; then
            why="status 5 with no record or message of the failure"
        else
            cp "$tmp/stdout" "$tmp/json/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')allocation-$n"
        fi
        if [ -n "$why" ]; then
            echo "FAIL cli_oom $name: allocation $n of $total: $why"
            sed 's/^/    /' "$tmp/err" | head -3
            fails=$((fails + 1))
        fi
        n=$((n + 1))
    done
    echo "ok   cli_oom $name: $total allocations failed in turn"
}

sweep "one page, text" "$page"
sweep "one page, json" --format json "$page"
sweep "two pages as jsonl, two workers" --format jsonl -j 2 -q "$page" "$page"
sweep "two pages to -o DIR" -q -o "$tmp/out" "$page" "$text"
sweep "text input, markdown" --input text --format markdown "$text"
json_lines_whole || fails=$((fails + 1))
[ "$fails" -eq 0 ] || { echo "cli_oom: $fails failures"; exit 1; }
