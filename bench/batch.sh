#!/bin/sh
# batch.sh — throughput of batch runs: the aeb pages in a gzip WARC (built
# here by tests/warc_gen.py, one member per record), extracted to JSONL with
# -j 1, -j 2 and -j 2 --isolate.
#
# For each setting, the best of BATCH_RUNS runs (default 3): pages/s and MB/s
# (10^6 bytes of HTML) of wall-clock time, and the CPU time the run took
# (user + system, worker processes included).  Wall-clock figures suffer when
# other programs share the machine; the CPU figures do not, and show what
# the parallel settings cost in work.  Target: on 2 free cores, -j 2 at
# least 1.8 x -j 1.  On a shared, busy machine, BATCH_RT=1 runs pith under
# `chrt -f 10` (real-time priority, root only): it then gets the cores as if
# they were free, for the few seconds of the runs.
# Usage: sh bench/batch.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=${1:-build/pith}
# CORPORA_DIR: by default $PITH_BENCH_DIR/corpora, else ../shared/bench/corpora beside the tree
corpora=${2:-${PITH_BENCH_DIR:-$(dirname "$0")/../../shared/bench}/corpora}
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$corpora/aeb/ground-truth.json" ]; then
    echo "batch bench: no aeb corpus under $corpora, skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/../tests/warc_gen.py" "$corpora/aeb" "$tmp/aeb.warc.gz" || exit 1
python3 - "$pith" "$tmp/aeb.warc.gz" "${BATCH_RUNS:-3}" "${BATCH_RT:-0}" <<'PY'
import os, re, resource, subprocess, sys, time

pith, warc, runs, rt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
prefix = ["chrt", "-f", "10"] if rt else []

def run(options):
    """One run: (documents, seconds, MB of HTML, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    p = subprocess.run([*prefix, pith, *options, warc], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    m = re.search(r"pith: (\d+) documents.*?([\d.]+) s \(([\d.]+) docs/s, ([\d.]+) MB/s\)",
                  p.stderr)
    if p.returncode != 0 or not m:
        sys.exit(f"batch bench: pith {' '.join(options)} failed: {p.stderr.strip()}")
    return int(m.group(1)), wall, float(m.group(2)) * float(m.group(4)), cpu

settings = [("-j 1", ["-j", "1"]), ("-j 2", ["-j", "2"]), ("-j 2 --isolate", ["-j", "2", "--isolate"])]
# Rounds of one run per setting, so that a busy moment hits them alike.
load = os.getloadavg()[0]
results = {name: [] for name, _ in settings}
for _ in range(runs):
    for name, options in settings:
        results[name].append(run(options))
rows = []
for name, _ in settings:
    r = results[name]
    rows.append((name, r[0][0], r[0][2], min(x[1] for x in r), min(x[3] for x in r)))
docs, mb = rows[0][1], rows[0][2]
print(f"batch throughput: {docs} aeb pages ({mb:.1f} MB of HTML) in a per-record gzip WARC,"
      f" to JSONL, {os.cpu_count()} cores, load {load:.1f} before, best of {runs}"
      f"{', real-time priority' if rt else ''}")
print(f"  {'':16} {'pages/s':>8} {'MB/s':>7} {'CPU s':>6} {'pages/CPU s':>11}")
for name, _, _, wall, cpu in rows:
    print(f"  {name:16} {docs / wall:8.1f} {mb / wall:7.2f} {cpu:6.2f} {docs / cpu:11.1f}")
j1, j2, iso = (docs / r[3] for r in rows)
speedup = j2 / j1
print(f"  -j 2 / -j 1: {speedup:.2f}x wall clock"
      f" ({'ok' if speedup >= 1.8 else 'below the 1.8x target'}); CPU per page"
      f" {rows[1][4] / rows[0][4]:.2f}x; --isolate / threads: {iso / j2:.2f}x wall clock,"
      f" CPU {rows[2][4] / rows[1][4]:.2f}x")
PY
