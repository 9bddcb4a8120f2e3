#!/usr/bin/env python3
"""The pith Python package measured: speed and F1 against readability-lxml,
extract_many's threads, flat memory, and the Dask example against the CLI.

    PYTHONPATH=build/python /usr/bin/python3 bench/python.py [--corpora DIR]
        [--pith build/pith] [--rounds N] [--leak N] [--skip readability,dask] [--rt]

Over the 181 aeb pages, in this one process:
  1. pith.extract and readability-lxml (Debian's python3-readability:
     Document(html).summary(), timed alone, its HTML made text for the score)
     page by page in turn, so that load hits both alike: CPU seconds (the
     least total of --rounds, of the calling thread) and F1.  F1 is bench.py's
     (4-word shingles, every page weighs the same), imported from the
     corpora's bench.py.
  2. extract_many(jobs=1) and extract_many(jobs=2), and pith.extract from two
     Python threads: wall and CPU seconds, best of --rounds each, and the
     load average around them (the machine may be shared).
  3. --leak extractions (default 10,000) in a loop: resident memory after
     each tenth of them.
  4. examples/dask_warc.py on a LocalCluster of 2 worker processes over the
     aeb pages four times over (724 pages) as 4 WARCs (tests/warc_gen.py),
     against `pith -j 2` over the same WARCs: records per second, and whether
     the records are identical.
Wall-clock figures suffer when other programs share the cores; --rt (root
only) runs parts 1, 2 and 4 at real-time priority (SCHED_FIFO 10, inherited by
the threads and processes they start) to measure as if the cores were free.
Prints a report in Markdown (bench/RESULTS.md keeps the figures).
"""

import argparse
import collections
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pith

HERE = Path(__file__).resolve().parent
TOP = HERE.parent


def cpu_seconds():
    """User + system CPU time of this process, all its threads."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def load():
    return "%.1f" % os.getloadavg()[0]


def timed(fn):
    """(wall seconds, CPU seconds, fn's value)."""
    gc.collect()
    c0, w0 = cpu_seconds(), time.perf_counter()
    v = fn()
    return time.perf_counter() - w0, cpu_seconds() - c0, v


def best(fn, rounds):
    """The round with the least wall time, and the least CPU time of all."""
    runs = [timed(fn) for _ in range(rounds)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2]


def pith_text(data, url):
    try:
        return pith.extract(data, url).text
    except pith.Error:
        return ""


def f1(bench, pages, texts):
    p, r, f = bench.body_metrics([bench.tp_fp_fn(pg.gold_text, t) for pg, t in zip(pages, texts)])
    return p, r, f


def speed_and_f1(bench, pages, data, rounds, skip):
    """Each page through pith.extract then readability-lxml, back to back, so
    that both meet the same load; per extractor the least total CPU time of
    the rounds (thread CPU time of the calls)."""
    use_readability = "readability" not in skip
    if use_readability:
        from readability import Document

        def summary(d):
            try:
                return Document(d).summary()
            except Exception:          # readability raises on some pages
                return ""
    totals = {"pith.extract": [], "readability-lxml": []}
    walls = {"pith.extract": [], "readability-lxml": []}
    texts = {}
    for _ in range(rounds):
        cpu = collections.Counter()
        wall = collections.Counter()
        got = {"pith.extract": [], "readability-lxml": []}
        for d, pg in zip(data, pages):
            runs = [("pith.extract", lambda: pith_text(d, pg.url))]
            if use_readability:
                runs.append(("readability-lxml", lambda: summary(d)))
            for name, fn in runs:
                c0, w0 = time.thread_time(), time.perf_counter()
                got[name].append(fn())
                cpu[name] += time.thread_time() - c0
                wall[name] += time.perf_counter() - w0
        for name in cpu:
            totals[name].append(cpu[name])
            walls[name].append(wall[name])
        texts = got
    out = []
    for name in cpu:
        t = texts[name] if name == "pith.extract" else [bench.html_to_text(h) for h in texts[name]]
        p, r, f = f1(bench, pages, t)
        out.append((name, min(totals[name]), min(walls[name]), p, r, f))
    print(f"\n### pith.extract and readability-lxml, {len(pages)} aeb pages, one process, "
          f"page by page in turn, best of {rounds} (load average {load()})\n")
    print("| extractor | CPU s | wall s | pages per CPU s | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, cpu, wall, p, r, f in out:
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {len(pages) / cpu:.0f} | {p:.3f} | {r:.3f} "
              f"| {f:.3f} |")
    if len(out) == 2:
        print(f"\npith.extract takes {out[1][1] / out[0][1]:.1f}x less CPU time than "
              f"readability-lxml (target: 8x); F1 {out[0][5]:.3f} against {out[1][5]:.3f}.")


class RealTime:
    """SCHED_FIFO for this thread (and what it starts) while inside, when on."""

    def __init__(self, on):
        self.on = on

    def __enter__(self):
        if self.on:
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))

    def __exit__(self, *exc):
        if self.on:
            os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))


def threads(pages, data, rounds):
    items = [(d, pg.url) for d, pg in zip(data, pages)]

    def many(jobs):
        return lambda: sum(1 for _ in pith.extract_many(items, jobs=jobs, errors="return"))

    def pool(n):
        def run():
            with ThreadPoolExecutor(n) as ex:
                return sum(1 for _ in ex.map(lambda it: pith_text(*it), items))
        return run
    print(f"\n### Threads, {len(items)} aeb pages, best of {rounds} (load average before "
          f"{load()})\n")
    print("| run | wall s | CPU s | pages/s |")
    print("|---|---|---|---|")
    rows = {}
    for name, fn in (("extract_many(jobs=1)", many(1)), ("extract_many(jobs=2)", many(2)),
                     ("extract in 1 Python thread", pool(1)),
                     ("extract in 2 Python threads", pool(2))):
        wall, cpu, _ = best(fn, rounds)
        rows[name] = wall
        print(f"| `{name}` | {wall:.3f} | {cpu:.3f} | {len(items) / wall:.0f} |")
    print(f"\nextract_many: jobs=2 is {rows['extract_many(jobs=1)'] / rows['extract_many(jobs=2)']:.2f}x "
          f"jobs=1 (target 1.8x on 2 free cores); two Python threads "
          f"{rows['extract in 1 Python thread'] / rows['extract in 2 Python threads']:.2f}x one "
          f"(load average after {load()}; {os.cpu_count()} cores).")


def leak(pages, data, n):
    print(f"\n### Resident memory over {n:,} extractions (the aeb pages in turn, rendered "
          "to JSON)\n")
    marks = []
    for i in range(n):
        k = i % len(data)
        try:
            r = pith.extract(data[k], pages[k].url, comments=True)
            r.render("json")
        except pith.Error:
            pass
        if (i + 1) % (n // 10) == 0:
            gc.collect()
            marks.append((i + 1, rss_mb()))
    print("| extractions | " + " | ".join(f"{m:,}" for m, _ in marks) + " |")
    print("|---" * (len(marks) + 1) + "|")
    print("| RSS MB | " + " | ".join(f"{v:.1f}" for _, v in marks) + " |")
    print(f"\nFrom the first tenth to the end: {marks[-1][1] - marks[0][1]:+.1f} MB.")


def dask_vs_cli(corpora, pith_cli):
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "aeb.warc.gz"
        subprocess.run([sys.executable, str(TOP / "tests" / "warc_gen.py"), str(corpora / "aeb"),
                        str(base), "--parts", "4", "--repeat", "4"], check=True)
        warcs = [f"{base}.part{i}" for i in range(1, 5)]
        t0 = time.perf_counter()
        d = subprocess.run([sys.executable, str(TOP / "examples" / "dask_warc.py"),
                            f"{tmp}/out", *warcs, "--workers", "2"],
                           capture_output=True, text=True)
        dask_total = time.perf_counter() - t0
        if d.returncode != 0:
            print(d.stderr)
            return
        line = [ln for ln in d.stderr.splitlines() if ln.startswith("dask_warc:")][-1]
        n, secs = int(line.split()[1]), float(line.split(" in ")[1].split()[0])
        got = collections.Counter(
            json.dumps(json.loads(ln), sort_keys=True)
            for p in sorted(Path(tmp, "out").glob("*.jsonl")) for ln in p.read_text().splitlines())
        cli_runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            c = subprocess.run([pith_cli, "-q", "-j", "2", *warcs], capture_output=True, text=True)
            cli_runs.append(time.perf_counter() - t0)
        want = collections.Counter(json.dumps(json.loads(ln), sort_keys=True)
                                   for ln in c.stdout.splitlines())
        cli = min(cli_runs)
        print(f"\n### Dask (examples/dask_warc.py, LocalCluster of 2 worker processes) and "
              f"`pith -j 2`, the aeb pages 4 times over in 4 WARCs (load average {load()})\n")
        print("| run | records | seconds | records/s |")
        print("|---|---|---|---|")
        print(f"| Dask, extraction (cluster up) | {n} | {secs:.2f} | {n / secs:.0f} |")
        print(f"| Dask, whole command (with cluster start) | {n} | {dask_total:.2f} | "
              f"{n / dask_total:.0f} |")
        print(f"| `pith -q -j 2` (best of 3) | {sum(want.values())} | {cli:.2f} | "
              f"{sum(want.values()) / cli:.0f} |")
        print(f"\nDask runs at {n / secs / (sum(want.values()) / cli):.2f} of the CLI's rate; "
              f"records identical to the CLI's (as a multiset of whole JSON objects): "
              f"{'yes' if got == want else 'NO'}.")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench_dir = os.environ.get("PITH_BENCH_DIR") or str(TOP.parent / "shared" / "bench")
    ap.add_argument("--corpora", default=str(Path(bench_dir) / "corpora"))
    ap.add_argument("--pith", default=str(TOP / "build" / "pith"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--leak", type=int, default=10000)
    ap.add_argument("--skip", default="", help="comma-separated: readability, threads, leak, dask")
    ap.add_argument("--rt", action="store_true", help="real-time priority for parts 1, 2 and 4")
    a = ap.parse_args()
    corpora = Path(a.corpora)
    if not (corpora / "aeb" / "ground-truth.json").exists():
        print(f"python bench: no aeb corpus under {corpora}, skipped")
        return
    sys.path.insert(0, str(corpora.parent))
    import bench                                   # the corpora's bench.py: loader and scorer
    pages = bench.load_corpus(corpora / "aeb")
    data = [pg.html_bytes() for pg in pages]
    skip = set(a.skip.split(","))
    print(f"pith {pith.__version__}{' (parts 1, 2 and 4 at real-time priority)' if a.rt else ''} (library {pith.library_version()}), Python "
          f"{sys.version.split()[0]}, {os.cpu_count()} cores")
    with RealTime(a.rt):
        speed_and_f1(bench, pages, data, min(a.rounds, 3), skip)
    if "threads" not in skip:
        with RealTime(a.rt):
            threads(pages, data, a.rounds)
    if "leak" not in skip:
        leak(pages, data, a.leak)
    if "dask" not in skip:
        with RealTime(a.rt):
            dask_vs_cli(corpora, a.pith)


if __name__ == "__main__":
    main()
