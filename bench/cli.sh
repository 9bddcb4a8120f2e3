#!/bin/sh
# cli.sh — the command line against the naive floor, side by side:
#
#     pith --format jsonl -j 1 FILE...      (the 181 aeb pages as .html files)
#     bench --gumbo FILE...                  (gumbo parse + destroy of each file,
#                                             default options, one process)
#
# Both read the same files from disk in one process each, so start-up costs
# count once.  Rounds alternate the two so that a busy moment hits both;
# the best of BENCH_CLI_RUNS rounds (default 5) is shown, as wall-clock
# time and as CPU time (user + system, which other programs on the machine
# do not inflate), and the ratio pith / gumbo.  Target: at most 1.0.
# Usage: sh bench/cli.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=${1:-build/pith}
# CORPORA_DIR: by default $PITH_BENCH_DIR/corpora, else ../shared/bench/corpora beside the tree
corpora=${2:-${PITH_BENCH_DIR:-$(dirname "$0")/../../shared/bench}/corpora}
bench=$(dirname "$pith")/bench
if [ ! -d "$corpora/aeb/html" ]; then
    echo "cli bench: no aeb corpus under $corpora, skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$corpora"/aeb/html/*.html.gz; do
    name=$(basename "$f" .gz)
    gzip -dc "$f" > "$tmp/$name" || exit 1
done
python3 - "$pith" "$bench" "$tmp" "${BENCH_CLI_RUNS:-5}" <<'PY'
import glob, os, resource, subprocess, sys, time

pith, bench, folder, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = sorted(glob.glob(os.path.join(folder, "*.html")))
mb = sum(os.path.getsize(f) for f in files) / 1e6
commands = {
    "pith": [pith, "--format", "jsonl", "-j", "1", "-q", *files],
    "gumbo": [bench, "--gumbo", *files],
}

def run(argv):
    """Wall-clock and CPU seconds of one run of argv."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):  # 1: some page without main content
        sys.exit(f"cli bench: {argv[0]} failed ({p.returncode}): {p.stderr.decode()[:300]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

load = os.getloadavg()[0]
best = {name: [float("inf"), float("inf")] for name in commands}
for _ in range(runs):
    for name, argv in commands.items():
        wall, cpu = run(argv)
        best[name][0] = min(best[name][0], wall)
        best[name][1] = min(best[name][1], cpu)
print(f"command line: {len(files)} aeb pages ({mb:.1f} MB) as files, one process each,"
      f" {os.cpu_count()} cores, load {load:.1f} before, best of {runs}")
print(f"  {'':44} {'wall s':>7} {'MB/s':>6} {'CPU s':>6} {'MB/CPU s':>8}")
labels = {"pith": "pith --format jsonl -j 1 FILE...",
          "gumbo": "gumbo parse + destroy of the same files"}
for name in commands:
    wall, cpu = best[name]
    print(f"  {labels[name]:44} {wall:7.2f} {mb / wall:6.1f} {cpu:6.2f} {mb / cpu:8.1f}")
rw = best["pith"][0] / best["gumbo"][0]
rc = best["pith"][1] / best["gumbo"][1]
print(f"  ratio pith / gumbo: {rw:.2f} wall clock, {rc:.2f} CPU"
      f" ({'ok' if rc <= 1.0 else 'above'} the 1.0 target; aim 0.6)")
PY
