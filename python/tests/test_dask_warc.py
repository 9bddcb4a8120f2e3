"""examples/dask_warc.py on a LocalCluster of two worker processes, and on a
scheduler and a worker started as the README says, over WARCs built from
fixtures/, against the command line over the same WARCs.

The comparison: every JSONL line of the partitions and of `pith -j 2
WARC...` is read as a JSON object; the two multisets of objects must be
equal, each object compared whole (every key: source, offset, url,
canonical_url, warc_record_id, warc_date, http_status, the metadata fields,
confidence as written, text or error), and no line may be missing or
repeated.  Order is not compared: partitions finish in any order.
"""

import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = HERE.parents[1]
CLI = os.environ.get("PITH_CLI", str(TOP / "build" / "pith"))
sys.path.insert(0, str(HERE))
import fixture_warcs  # noqa: E402


def records(lines):
    return collections.Counter(json.dumps(json.loads(line), sort_keys=True)
                               for line in lines if line.strip())


def dask_cli(*args, **kw):
    """The `dask` command of this Python (dask scheduler, dask worker)."""
    return subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, **kw)


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class DaskWarc(unittest.TestCase):
    def test_partitions_equal_the_command_line(self):
        self.check_run(["--workers", "2"])

    def test_the_multi_machine_command_lines(self):
        """The README's `dask scheduler` and `dask worker` (here on one
        machine), and dask_warc.py --scheduler."""
        with tempfile.TemporaryDirectory() as tmp:
            sched_file = Path(tmp) / "scheduler.json"
            scheduler = dask_cli("scheduler", "--port", "0", "--no-dashboard",
                                 "--scheduler-file", str(sched_file))
            worker = None
            try:
                for _ in range(600):
                    if sched_file.exists() and sched_file.stat().st_size:
                        break
                    time.sleep(0.1)
                address = json.loads(sched_file.read_text())["address"]
                worker = dask_cli("worker", address, "--nworkers", "2", "--nthreads", "1",
                                  "--no-dashboard")
                self.check_run(["--scheduler", address])
            finally:
                if worker:
                    stop(worker)
                stop(scheduler)

    def check_run(self, how):
        with tempfile.TemporaryDirectory() as tmp:
            made = fixture_warcs.write(tmp, parts=3)
            warcs = [str(p) for p in made["parts"]] + [str(Path(tmp) / "broken.warc.gz")]
            out = Path(tmp) / "out"
            run = subprocess.run([sys.executable, str(TOP / "examples" / "dask_warc.py"),
                                  str(out), *warcs, *how],
                                 capture_output=True, text=True, timeout=300)
            self.assertEqual(run.returncode, 0, run.stderr)
            parts = sorted(out.glob("part-*.jsonl"))
            self.assertEqual(len(parts), len(warcs))
            got = records(line for p in parts for line in p.read_text().splitlines())
            cli = subprocess.run([CLI, "-q", "-j", "2", *warcs], capture_output=True, text=True)
            self.assertEqual(cli.returncode, 5, cli.stderr)  # broken.warc.gz has failures
            want = records(cli.stdout.splitlines())
            # every fixture page twice (the parts, broken.warc.gz), and the damaged
            # records of broken.warc.gz: one after every 7th page, and its cut end
            self.assertEqual(sum(want.values()), 2 * made["pages"] + made["pages"] // 7 + 1)
            self.assertEqual(got, want)
            self.assertIn(f"{sum(want.values())} records from 4 WARCs", run.stderr)


if __name__ == "__main__":
    unittest.main()
