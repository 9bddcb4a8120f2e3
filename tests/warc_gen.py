#!/usr/bin/env python3
"""Build a WARC from a corpus of pages, at test time (standard library only).

    warc_gen.py CORPUS OUT [--compress record|file|none] [--broken]
                [--parts N] [--repeat K] [--limit N]

CORPUS is a folder of pages: pith's fixtures/ (<name>/input.html each, given the
URL https://fixtures.example/<name>/), or a benchmark corpus with
html/<id>.html.gz and ground-truth.json ({id: {"url"}}), the layout of the `aeb`
corpus (bench/RESULTS.md).  Every page becomes a request record and
a response record (HTTP/1.1 200, Content-Type: text/html, WARC-Target-URI from
the ground truth), after a warcinfo record; every 10th page is followed by a
response for an image, which is not a page.

--compress record  one gzip member per record (Common Crawl's layout, default)
--compress file    one gzip member for the whole file
--compress none    a plain WARC
--broken           (with --compress record) insert damaged records between the
                   pages: wrong Content-Lengths, a missing Content-Length, an
                   unreadable HTTP header, a gzip member that holds no record,
                   bytes that are not gzip, a corrupt member, and a last record
                   cut short
--parts N          write OUT.part1 .. OUT.partN instead, split at record
                   boundaries, as a job splits its input between mappers
--repeat K         the corpus K times over (for benchmarks)
--limit N          the first N pages only

Also writes OUT.expect.json: one entry per document pith must report, in order,
{"url": target URI or null, "error": expected error code or null}.  The codes
are pith's (README, "Batch and archives").
"""

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

# Damage inserted with --broken, in turn, after every 7th page.
DAMAGE = ["bad_length_long", "bad_length_short", "no_length", "bad_number", "garbage_member",
          "garbage_bytes", "corrupt_member", "bad_http"]

EXPECTED_CODE = {
    "bad_length_long": "warc_truncated",   # runs into the next member, which begins a record
    "bad_length_short": "warc_bad_length",
    "no_length": "warc_bad_header",
    "bad_number": "warc_bad_length",
    "garbage_member": "warc_garbage",
    "garbage_bytes": "warc_garbage",
    "corrupt_member": "gzip_corrupt",
    "bad_http": "warc_bad_http",
    "truncated_end": "warc_truncated",
}

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


class Builder:
    def __init__(self):
        self.serial = 0
        self.records = []   # (bytes, kind): kind "record", "raw" (not gzipped), "corrupt"
        self.expect = []

    def record_id(self):
        self.serial += 1
        return f"<urn:uuid:{self.serial:08x}-0000-4000-8000-{self.serial:012x}>"

    def record(self, wtype, uri, content_type, block, length=None, headers_extra=b""):
        length = len(block) if length is None else length
        head = [b"WARC/1.0", b"WARC-Type: " + wtype.encode(),
                b"WARC-Record-ID: " + self.record_id().encode(),
                b"WARC-Date: 2024-05-01T12:00:00Z"]
        if uri:
            head.append(b"WARC-Target-URI: " + uri.encode())
        if content_type:
            head.append(b"Content-Type: " + content_type.encode())
        if length != "missing":
            head.append(b"Content-Length: " + (length.encode() if isinstance(length, str)
                                                else str(length).encode()))
        return b"\r\n".join(head) + b"\r\n" + headers_extra + b"\r\n" + block + b"\r\n\r\n"

    def add(self, data, kind="record"):
        self.records.append((data, kind))

    def page(self, uri, html):
        host = uri.split("/")[2] if "//" in uri else "example.org"
        path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
        request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        self.add(self.record("request", uri, "application/http; msgtype=request", request))
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + str(len(html)).encode() + b"\r\n\r\n" + html)
        self.add(self.record("response", uri, "application/http; msgtype=response", http))
        self.expect.append({"url": uri, "error": None})

    def image(self, uri):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n" + PNG
        self.add(self.record("response", uri, "application/http; msgtype=response", http))

    def damage(self, kind, n, rng):
        uri = f"http://broken.example/{kind}/{n}"
        html = b"<html><head><title>Broken</title></head><body><p>" + b"Some words. " * 40 + \
            b"</p></body></html>"
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
        ct = "application/http; msgtype=response"
        if kind == "bad_length_long":
            self.add(self.record("response", uri, ct, http, len(http) + 100))
        elif kind == "bad_length_short":
            self.add(self.record("response", uri, ct, http, len(http) - 50))
        elif kind == "no_length":
            self.add(self.record("response", uri, ct, http, "missing"))
        elif kind == "bad_number":
            self.add(self.record("response", uri, ct, http, "12ab"))
        elif kind == "garbage_member":
            self.add(b"this member holds no WARC record\n" * 3)
        elif kind == "garbage_bytes":
            self.add(bytes(rng.randrange(256) for _ in range(300)).replace(b"\x1f\x8b", b"xx"),
                     "raw")
        elif kind == "corrupt_member":
            self.add(self.record("response", uri, ct, http), "corrupt")
        elif kind == "bad_http":
            self.add(self.record("response", uri, ct, b"HTTP/1.1 OK\r\n\r\n" + html))
        self.expect.append({"url": None, "error": EXPECTED_CODE[kind]})


def member(data):
    return gzip.compress(data, compresslevel=6, mtime=0)


def encode(records, compress):
    """The bytes of a WARC made of records, and the offsets where records start."""
    out = bytearray()
    if compress == "file":
        plain = b"".join(d for d, _ in records)
        return bytes(member(plain))
    for data, kind in records:
        if compress == "none" or kind == "raw":
            out += data
        elif kind == "corrupt":
            m = bytearray(member(data))
            m[10] = 0x07          # a final deflate block of the reserved type
            out += m
        else:
            out += member(data)
    return bytes(out)


def corpus_pages(root):
    """(url, html) of each page of a benchmark corpus, in name order."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((root / "html").glob("*.html.gz")):
        pid = path.name[:-len(".html.gz")]
        url = truth.get(pid, {}).get("url") or f"http://example.org/{pid}"
        yield url, gzip.decompress(path.read_bytes())


def fixture_pages(root):
    """(url, html) of each fixture with an HTML input, in name order."""
    for folder in sorted(p for p in root.iterdir() if (p / "input.html").is_file()):
        yield f"https://fixtures.example/{folder.name}/", (folder / "input.html").read_bytes()


def load_corpus(root, limit):
    found = corpus_pages(root) if (root / "ground-truth.json").is_file() else fixture_pages(root)
    pages = []
    for page in found:
        pages.append(page)
        if limit and len(pages) == limit:
            break
    if not pages:
        sys.exit(f"warc_gen.py: no pages in {root}")
    return pages


def build(pages, repeat, broken):
    b = Builder()
    b.add(b.record("warcinfo", None, "application/warc-fields", b"software: warc_gen.py\r\n"))
    rng = random.Random(6)
    n = 0
    for rep in range(repeat):
        for url, html in pages:
            b.page(url if rep == 0 else f"{url}#copy{rep}", html)
            n += 1
            if n % 10 == 0:
                b.image(f"http://example.org/image{n}.png")
            if broken and n % 7 == 0:
                b.damage(DAMAGE[(n // 7 - 1) % len(DAMAGE)], n, rng)
    return b


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compress", choices=["record", "file", "none"], default="record")
    ap.add_argument("--broken", action="store_true")
    ap.add_argument("--parts", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if args.broken and args.compress != "record":
        sys.exit("warc_gen.py: --broken needs --compress record")
    b = build(load_corpus(args.corpus, args.limit), args.repeat, args.broken)
    expect = b.expect
    if args.broken:
        uri = "http://broken.example/truncated_end"
        html = b"<html><body><p>" + b"Cut short. " * 200 + b"</p></body></html>"
        last = member(b.record("response", uri, "application/http; msgtype=response",
                               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html))
        expect = expect + [{"url": None, "error": EXPECTED_CODE["truncated_end"]}]
    if args.parts > 1:
        per = -(-len(b.records) // args.parts)
        for i in range(args.parts):
            chunk = b.records[i * per:(i + 1) * per]
            Path(f"{args.out}.part{i + 1}").write_bytes(encode(chunk, args.compress))
    else:
        data = encode(b.records, args.compress)
        if args.broken:
            data += last[:len(last) // 2]
        args.out.write_bytes(data)
    Path(f"{args.out}.expect.json").write_text(json.dumps(expect, indent=0) + "\n")


if __name__ == "__main__":
    main()
