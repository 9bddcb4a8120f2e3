#!/bin/sh
# quality.sh — the quality gate: run pith over the shared benchmark corpora
# and fail when F1, precision or recall falls below the floors pinned in
# tests/quality-floors.  Every page must also finish with exit status 0 or 1
# ("no main content") within the timeout.
#
# The benchmark is $PITH_BENCH_DIR (bench.py and its corpora; bench/RESULTS.md
# says where it comes from).  Where it is not present the gate says so loudly
# and is skipped, and make test ends by saying so.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bench=${PITH_BENCH_DIR:-$top/../shared/bench}
pith=$(cd "$(dirname "${1:-$top/build/pith}")" && pwd)/$(basename "${1:-build/pith}")
if [ ! -f "$bench/bench.py" ]; then
    echo "check-quality: SKIPPED — no benchmark at $bench (set PITH_BENCH_DIR)"
    # make test lists what was skipped at its end.
    [ -z "${PITH_SKIP_LOG:-}" ] ||
        echo "check-quality: no benchmark at $bench (set PITH_BENCH_DIR)" >> "$PITH_SKIP_LOG"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
grep -v '^#' "$top/tests/quality-floors" | while read -r corpus f1 prec rec; do
    [ -n "$corpus" ] || continue
    python3 "$bench/bench.py" run --timeout 10 "$corpus" "$tmp/$corpus" -- "$pith" --format json \
        > "$tmp/$corpus.run" 2>&1
    python3 - "$tmp/$corpus/run-log.json" <<'PY' || exit 1
import json, sys
bad = [r for r in json.load(open(sys.argv[1])) if r["rc"] not in (0, 1)]
for r in bad:
    print(f"check-quality: page {r['id']} ended with {r['rc']}")
sys.exit(1 if bad else 0)
PY
    python3 "$bench/bench.py" score "$corpus" "$tmp/$corpus" --json "$tmp/$corpus.json" >/dev/null
    python3 - "$tmp/$corpus.json" "$corpus" "$f1" "$prec" "$rec" <<'PY' || exit 1
import json, sys
got = json.load(open(sys.argv[1]))
corpus, floors = sys.argv[2], dict(zip(("f1", "precision", "recall"), map(float, sys.argv[3:6])))
low = [k for k, v in floors.items() if got[k] < v]
line = "  ".join(f"{k} {got[k]:.3f} (floor {v:.3f})" for k, v in floors.items())
print(f"check-quality: {corpus}: {line}")
if low:
    print(f"check-quality: {corpus}: below the floor: {', '.join(low)}")
sys.exit(1 if low else 0)
PY
done || status=1
[ $status -eq 0 ] && echo "check-quality: ok"
exit $status
