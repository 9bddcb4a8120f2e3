#!/usr/bin/env python3
"""Output formats over whole corpora: errors, word consistency, Markdown round trip.

Runs pith in every format (text, markdown, html, json, xml, csv; with --links
--images) over every page of the corpora and reports:

  errors       runs that crashed, timed out or exited other than 0 (article) or 1
               (no main content), or whose output does not parse: JSON, CSV
               (RFC 4180, one header and one record), XML (well-formed and valid
               against src/render/pith-xml.rng), HTML (well-formed); every
               format must agree with the text format on whether there is an
               article.
  F1 vs text   the words of the Markdown output (parsed by cmark-gfm into HTML,
               then to text) and of the HTML output (the <article> element's
               text) against the text output, with the shared benchmark's metric
               (\\w+ tokens, 4-token shingles, per-page precision and recall
               averaged, F1 of the means).  Target: at least 0.99.
  round trip   pages whose Markdown, parsed back with cmark-gfm, has the block
               structure and text of the article tree (as the XML output
               serialises it); and pages where some emphasis was left out
               because CommonMark cannot express it ("*(CNN)*President").

Usage:  python3 bench/formats.py [--pith build/pith] [--jobs 2] [CORPUS...]
CORPUS is a name under ../shared/bench/corpora (default: aeb moz) or a path.
Standard library only, plus the Debian tools cmark-gfm and xmllint.
"""

import argparse
import concurrent.futures
import csv
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
import render_roundtrip as rr  # noqa: E402  (the checks of the round-trip test)

FORMATS = ["text", "markdown", "html", "json", "xml", "csv"]
FLAGS = ["--links", "--images"]


def load_bench(path):
    sys.path.insert(0, str(path))
    import bench  # the shared benchmark: corpora loaders and the shingle metric
    return bench


def run_pith(pith, fmt, html_bytes):
    try:
        r = subprocess.run([pith, "-f", fmt] + FLAGS, input=html_bytes, capture_output=True,
                           timeout=60)
        return r.returncode, r.stdout
    except subprocess.TimeoutExpired:
        return "timeout", b""


def html_article_text(bench, page_html):
    """Text of the <article> element of pith's HTML output (not the <head>)."""
    s = page_html.decode("utf-8")
    start, end = s.find("<article>"), s.rfind("</article>")
    return bench.html_to_text(s[start:end] if start >= 0 and end >= 0 else s)


def markdown_text(bench, md):
    rc, out, err = rr.run(["cmark-gfm", "-e", "table", "--to", "html"], md)
    if rc != 0:
        raise RuntimeError(err)
    return bench.html_to_text(out.decode("utf-8"))


def check_page(pith, bench, page):
    """All formats of one page: a dict of findings."""
    data = page.html_bytes()
    outs = {fmt: run_pith(pith, fmt, data) for fmt in FORMATS}
    res = {"id": page.id, "errors": [], "article": False}
    rcs = {fmt: rc for fmt, (rc, _) in outs.items()}
    for fmt, rc in rcs.items():
        if rc not in (0, 1):
            res["errors"].append(f"{fmt}: exit {rc}")
    if any(rc != rcs["text"] for fmt, rc in rcs.items() if fmt != "json"):
        res["errors"].append(f"formats disagree on the exit status: {rcs}")
    if rcs["json"] not in (0, 1) or not outs["json"][1]:
        res["errors"].append("json: no output")
    else:
        try:
            json.loads(outs["json"][1])
        except ValueError as e:
            res["errors"].append(f"json: {e}")
    if rcs["text"] != 0 or res["errors"]:
        return res
    res["article"] = True
    text = outs["text"][1].decode("utf-8")
    md, page_html, xml, csv_out = (outs[f][1] for f in ("markdown", "html", "xml", "csv"))

    ok, msg = rr.xmllint(["--relaxng", str(rr.SCHEMA)], xml)
    if not ok:
        res["errors"].append(f"xml: {msg}")
    ok, msg = rr.xmllint([], page_html)
    if not ok:
        res["errors"].append(f"html: {msg}")
    try:
        rows = list(csv.reader(io.StringIO(csv_out.decode("utf-8"), newline="")))
        if len(rows) != 2 or len(rows[0]) != len(rows[1]):
            res["errors"].append(f"csv: {len(rows)} rows")
    except (csv.Error, UnicodeDecodeError) as e:
        res["errors"].append(f"csv: {e}")

    res["md_vs_text"] = bench.tp_fp_fn(text, markdown_text(bench, md))
    res["html_vs_text"] = bench.tp_fp_fn(text, html_article_text(bench, page_html))

    if not any(e.startswith("xml") for e in res["errors"]):
        d = rr.diff_blocks(rr.xml_blocks(xml, emphasis=False),
                           rr.markdown_blocks(md, emphasis=False))
        res["roundtrip"] = d is None
        res["roundtrip_diff"] = d
        res["emphasis_left_out"] = d is None and rr.diff_blocks(
            rr.xml_blocks(xml), rr.markdown_blocks(md)) is not None
    return res


def report(name, results, bench, seconds):
    pages = len(results)
    errors = [r for r in results if r["errors"]]
    articles = [r for r in results if r["article"] and not r["errors"]]
    print(f"{name}: {pages} pages, {len(articles)} with an article, "
          f"{sum(len(r['errors']) for r in results)} errors on {len(errors)} pages "
          f"({len(FORMATS)} formats each, {seconds:.0f} s)")
    for r in errors[:10]:
        print(f"  error {r['id']}: {'; '.join(r['errors'])[:300]}")
    for key, label in (("md_vs_text", "markdown"), ("html_vs_text", "html")):
        rows = [r[key] for r in articles if key in r]
        p, rec, f1 = bench.body_metrics(rows)
        worst = sorted((2 * t / (2 * t + fp + fn) if t + fp + fn else 1.0, r["id"])
                       for r in articles for (t, fp, fn) in [r[key]])[:3]
        print(f"  {label:<8} vs text: F1 {f1:.4f}  precision {p:.4f}  recall {rec:.4f}"
              f"   lowest pages: {', '.join(f'{s:.3f} {i[:16]}' for s, i in worst)}")
    rt = [r for r in articles if "roundtrip" in r]
    same = sum(r["roundtrip"] for r in rt)
    emph = sum(r["emphasis_left_out"] for r in rt)
    print(f"  markdown round trip (cmark-gfm): same blocks and text on {same}/{len(rt)} pages; "
          f"emphasis CommonMark cannot express left out on {emph}")
    for r in [r for r in rt if not r["roundtrip"]][:5]:
        print(f"    differs {r['id']}: {(r['roundtrip_diff'] or '')[:300]}")
    return len(errors)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", default=["aeb", "moz"])
    ap.add_argument("--pith", default=str(ROOT / "build" / "pith"))
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"),
                    help="folder of the shared bench.py and its corpora")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    bench = load_bench(Path(args.bench))
    failed = 0
    for name in args.corpora:
        root = Path(name) if Path(name).exists() else Path(args.bench) / "corpora" / name
        if not root.exists():
            print(f"{name}: no corpus at {root}, skipped")
            continue
        pages = bench.load_corpus(root)
        t0 = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(lambda p: check_page(args.pith, bench, p), pages))
        failed += report(name, results, bench, time.perf_counter() - t0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
