"""Test WARCs built from the pages in fixtures/, with tests/warc_gen.py.

    python3 fixture_warcs.py OUT_DIR [--parts N]

writes OUT_DIR/fixtures.warc.gz (one gzip member per record), fixtures.warc
(plain), fixtures-file.warc.gz (one member for the file) and broken.warc.gz
(damaged records between the pages, and a last record cut short); with
--parts N, fixtures.warc.gz is also written split in N WARCs
(fixtures-part1.warc.gz ...), as a job splits its input between workers.
Each fixture page is a response record whose WARC-Target-URI is
https://fixtures.example/NAME/; every 10th page is followed by an image
response, and every page by its request (warc_gen.py's layout).
"""

import argparse
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TOP / "tests"))
import warc_gen  # noqa: E402  (tests/warc_gen.py)


def fixture_pages():
    """(url, html bytes) of every fixture, in name order."""
    return [(f"https://fixtures.example/{d.name}/", (d / "input.html").read_bytes())
            for d in sorted((TOP / "fixtures").iterdir()) if (d / "input.html").is_file()]


def write(out_dir, parts=1):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = fixture_pages()
    plain = warc_gen.build(pages, 1, False)
    (out / "fixtures.warc.gz").write_bytes(warc_gen.encode(plain.records, "record"))
    (out / "fixtures.warc").write_bytes(warc_gen.encode(plain.records, "none"))
    (out / "fixtures-file.warc.gz").write_bytes(warc_gen.encode(plain.records, "file"))
    broken = warc_gen.build(pages, 1, True)
    cut = warc_gen.member(broken.record(
        "response", "http://broken.example/truncated_end", "application/http; msgtype=response",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
        + b"Cut short. " * 200 + b"</p></body></html>"))
    (out / "broken.warc.gz").write_bytes(warc_gen.encode(broken.records, "record")
                                         + cut[:len(cut) // 2])
    paths = []
    if parts > 1:
        per = -(-len(plain.records) // parts)
        for i in range(parts):
            p = out / f"fixtures-part{i + 1}.warc.gz"
            p.write_bytes(warc_gen.encode(plain.records[i * per:(i + 1) * per], "record"))
            paths.append(p)
    return {"pages": len(pages), "parts": paths}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--parts", type=int, default=1)
    a = ap.parse_args()
    write(a.out_dir, a.parts)
