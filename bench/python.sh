#!/bin/sh
# python.sh — the Python package's benchmark (bench/python.py): pith.extract
# against readability-lxml (CPU time, F1), extract_many's threads, memory over
# 10,000 extractions, examples/dask_warc.py against the CLI.  Built for and
# run by Debian's python3 (make python).  PY_BENCH_RT=1 (root) measures at
# real-time priority, as if the cores were free.
# Usage: sh bench/python.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=${1:-build/pith}
# CORPORA_DIR: by default $PITH_BENCH_DIR/corpora, else ../shared/bench/corpora beside the tree
corpora=${2:-${PITH_BENCH_DIR:-$(dirname "$0")/../../shared/bench}/corpora}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$(dirname "$pith")" && pwd)
rt=""
[ "${PY_BENCH_RT:-0}" = 1 ] && rt="--rt"
# shellcheck disable=SC2086
PYTHONPATH="$build/python" "${PYTHON:-/usr/bin/python3}" "$here/python.py" \
    --corpora "$corpora" --pith "$pith" $rt
