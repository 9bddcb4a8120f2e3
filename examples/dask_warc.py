#!/usr/bin/env python3
"""Extract every page of many WARCs on a Dask cluster, into JSONL partitions.

    dask_warc.py OUT_DIR WARC... [--scheduler ADDRESS] [--workers N] [--jobs N]
                 [--favor MODE] [--comments] [--no-tables]

Each WARC (a local path or any fsspec URL: s3://bucket/crawl/*.warc.gz,
hdfs://..., https://...; globs are expanded) is one partition of a dask.bag.
A worker opens it with fsspec, reads it with pith.iter_warc (libpith's WARC
reader, streaming: memory stays flat whatever the WARC's size), extracts
every HTML record, and writes OUT_DIR/part-NNNNN.jsonl (OUT_DIR may be an
fsspec URL too), one line per record in file order: the line `pith WARC`
writes for it (source, offset, url, warc_record_id, ..., text; a damaged
record's line has an "error" object instead).

Without --scheduler, a LocalCluster of --workers processes (default 2) with
one thread each runs here.  On many machines, start a scheduler and a worker
on each machine (the pith package installed on every one):

    dask scheduler                                   # on one machine: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 8 --nthreads 1    # on every machine
    python3 dask_warc.py s3://bucket/out s3://bucket/crawl/*.warc.gz \\
        --scheduler tcp://HOST:8786

On a Spark cluster, the same function maps a partition of WARC paths:

    import json, dask_warc
    (spark.sparkContext.parallelize(warc_paths, len(warc_paths))
        .mapPartitions(lambda paths: (json.dumps(r, ensure_ascii=False)
                                      for r in dask_warc.warc_records(paths)))
        .saveAsTextFile("hdfs:///out"))

Prints one summary line: records, seconds, records per second.
"""

import argparse
import json
import sys
import time


def warc_records(paths, jobs=1, **options):
    """The JSONL records of the WARCs in paths, one dict per record, in
    order: pith.iter_warc over each file opened with fsspec.  The function a
    worker runs over one partition (Dask's map_partitions, Spark's
    mapPartitions)."""
    import fsspec
    import pith
    for path in paths:
        with fsspec.open(path, "rb") as f:
            for rec in pith.iter_warc(f, jobs=jobs, **options):
                yield rec.as_dict(source=path)


def expand(paths):
    """Local paths and fsspec URLs, globs expanded, in the order given."""
    import fsspec
    out = []
    for p in paths:
        if any(c in p for c in "*?["):
            fs, _, found = fsspec.get_fs_token_paths(p)
            out += [fs.unstrip_protocol(f) if "://" in p else f for f in sorted(found)]
        else:
            out.append(p)
    return out


def write_partition(index_and_path, out_dir, jobs=1, options=None):
    """Extract one WARC into OUT_DIR/part-INDEX.jsonl; the number of records."""
    import fsspec
    index, path = index_and_path
    n = 0
    with fsspec.open(f"{out_dir}/part-{index:05d}.jsonl", "wt", encoding="utf-8") as out:
        for record in warc_records([path], jobs, **(options or {})):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def extract(client, out_dir, paths, jobs=1, **options):
    """Extract the WARCs on the client's cluster, a partition each; the
    number of records written."""
    import dask.bag as db
    import fsspec
    out_dir = out_dir.rstrip("/")
    fs, _, (root,) = fsspec.get_fs_token_paths(out_dir)
    fs.makedirs(root, exist_ok=True)
    bag = db.from_sequence(list(enumerate(paths)), npartitions=len(paths))
    counts = bag.map(write_partition, out_dir=out_dir, jobs=jobs, options=options)
    return client.compute(counts.sum()).result()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("warcs", nargs="+")
    ap.add_argument("--scheduler", help="a running scheduler's address (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--jobs", type=int, default=1, help="extraction threads per partition")
    ap.add_argument("--favor", default="balanced", choices=["balanced", "precision", "recall"])
    ap.add_argument("--comments", action="store_true")
    ap.add_argument("--no-tables", action="store_true")
    a = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    options = {"favor": a.favor, "comments": a.comments, "no_tables": a.no_tables}
    paths = expand(a.warcs)
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    with client:
        start = time.perf_counter()
        n = extract(client, a.out_dir, paths, a.jobs, **options)
        secs = time.perf_counter() - start
    print(f"dask_warc: {n} records from {len(paths)} WARCs in {secs:.2f} s "
          f"({n / secs:.1f} records/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
