#!/usr/bin/env python3
"""Build a WET file (the text files of web archives) at test time.

    wet_gen.py OUT URL=FILE [URL=FILE ...] [--plain]

Every FILE (a page's text) becomes a WARC "conversion" record of text/plain
with WARC-Target-URI URL, after a warcinfo record, as Common Crawl's WET files
hold them: one gzip member per record (--plain: an uncompressed WARC).
Standard library only; nothing binary is committed.
"""

import gzip
import sys
from pathlib import Path


def record(serial, wtype, uri, content_type, block):
    head = [b"WARC/1.0", b"WARC-Type: " + wtype.encode(),
            b"WARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>" % (serial, serial),
            b"WARC-Date: 2024-05-01T12:00:00Z"]
    if uri:
        head.append(b"WARC-Target-URI: " + uri.encode())
        head.append(b"WARC-Refers-To: <urn:uuid:%08x-1111-4000-8000-%012x>" % (serial, serial))
    head.append(b"Content-Type: " + content_type.encode())
    head.append(b"Content-Length: " + str(len(block)).encode())
    return b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"


def main():
    args = [a for a in sys.argv[1:] if a != "--plain"]
    plain = "--plain" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    records = [record(1, "warcinfo", None, "application/warc-fields",
                      b"software: wet_gen.py\r\nformat: WARC File Format 1.0\r\n")]
    for n, pair in enumerate(args[1:], 2):
        uri, path = pair.split("=", 1)
        records.append(record(n, "conversion", uri, "text/plain", Path(path).read_bytes()))
    data = b"".join(records) if plain else b"".join(
        gzip.compress(r, compresslevel=6, mtime=0) for r in records)
    Path(args[0]).write_bytes(data)


main()
