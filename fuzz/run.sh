#!/bin/sh
# run.sh — run the libFuzzer targets (make fuzz / make fuzz-ci).
# Usage: sh fuzz/run.sh BUILD_DIR SECONDS TARGET...
#        sh fuzz/run.sh BUILD_DIR ci TARGET...
#
# With "ci" (make fuzz-ci, part of make test) each target runs a fixed
# number of inputs from a fixed seed, starting from the seeds alone, so the
# run is the same every time: CI never fails on a finding that depends on
# luck; new findings come from make fuzz.
#
# For each target: first replay every input in fuzz/regressions/TARGET/ (the
# crashes found so far, kept once fixed), then fuzz for SECONDS starting
# from the corpus kept in BUILD_DIR/corpus/TARGET (grown by earlier runs)
# and the seeds: the fixture pages (HTML and text) for the targets that read
# pages, and
# fuzz/seeds/TARGET/ for the others.  A crash, a leak, a timeout (10 s for
# one input) or an out-of-memory stops the run; the input is saved under
# BUILD_DIR/crashes/ and the command to reproduce it is printed.
set -eu
b=$1
seconds=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$b/crashes" "$b/seeds-html"
for f in "$top"/fixtures/*/input.html "$top"/fixtures/*/input.txt; do
    cp "$f" "$b/seeds-html/$(basename "$(dirname "$f")").${f##*.}"
done
status=0
for t in "$@"; do
    bin="$b/fuzz_$t"
    corpus="$b/corpus/$t"
    mkdir -p "$corpus"
    case $t in
        extract|decode|guard) seeds="$b/seeds-html"; extra="-dict=$top/fuzz/html.dict -max_len=32768" ;;
        warc) seeds="$top/fuzz/seeds/$t"; extra="-max_len=16384" ;;
        warc_boundary) seeds="$top/fuzz/seeds/$t"; extra="-max_len=512" ;;
        *) seeds="$top/fuzz/seeds/$t"; extra="-max_len=4096" ;;
    esac
    regress="$top/fuzz/regressions/$t"
    if [ -d "$regress" ] && [ -n "$(ls -A "$regress" 2>/dev/null)" ]; then
        echo "== fuzz_$t: replaying $(ls "$regress" | wc -l) regression inputs"
        "$bin" "$regress"/* >"$b/crashes/replay-$t.log" 2>&1 || {
            tail -30 "$b/crashes/replay-$t.log"; echo "fuzz_$t: a regression input fails again"
            status=1; continue; }
    fi
    if [ "$seconds" = ci ]; then
        case $t in
            extract) runs=1500 ;; guard) runs=8000 ;; decode|warc) runs=15000 ;;
            warc_boundary) runs=4000 ;;
            *) runs=60000 ;;
        esac
        corpus="$b/ci-corpus/$t"
        rm -rf "$corpus"
        mkdir -p "$corpus"
        budget="-runs=$runs -seed=1"
        echo "== fuzz_$t: $runs inputs from seed 1"
    else
        budget="-max_total_time=$seconds"
        echo "== fuzz_$t: $seconds s"
    fi
    # shellcheck disable=SC2086
    if ! "$bin" $budget -timeout=10 -rss_limit_mb=2048 $extra \
        -print_final_stats=1 -artifact_prefix="$b/crashes/$t-" "$corpus" "$seeds" \
        >"$b/crashes/run-$t.log" 2>&1; then
        grep -E "ERROR|SUMMARY|Test unit written|runtime error|guard:" "$b/crashes/run-$t.log" | head -20
        echo "fuzz_$t found a problem: full log in $b/crashes/run-$t.log; reproduce with"
        echo "  $bin $b/crashes/$t-*   (once fixed, copy the input to fuzz/regressions/$t/)"
        status=1
        continue
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$b/crashes/run-$t.log" |
        tr '\n' ' ' | sed "s/^/   /; s/\$/\n/"
    echo "   corpus: $(ls "$corpus" | wc -l) inputs"
done
exit $status
