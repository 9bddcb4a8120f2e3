#!/usr/bin/env python3
"""Pathological inputs for pith: generate them, run the CLI on each, check it.

  python3 tests/pathological.py run build/pith [--only NAME,...] [--timeout S]
  python3 tests/pathological.py growth build/pith [--only NAME,...] [--runs K]
                                                  [--parallel P]
  python3 tests/pathological.py write DIR      # just write the inputs
  python3 tests/pathological.py list

Every input must finish well inside a generous timeout (meant to catch
hangs, not to measure speed), without a crash, with exit status 0, 1, 3 or
4 (extracted, no content, unusable input, limit) and, when it printed text,
valid UTF-8 without NUL bytes.  Peak memory (the child's maximum resident
set) must stay under BASE_MB + RSS_FACTOR x the input size.  The figures
are printed, one line per input, so a run also documents them.

`growth` checks that no input costs more than linear time or memory: every
construct that scales is built at two sizes, g and 2g, and run in every
output format (text, markdown, html, json with its html and markdown copies,
xml, csv; links and images kept); beyond the start-up of a run on a page
without content, the CPU time and the peak RSS at 2g must stay within
GROWTH_LIMIT (3) times those at g, with a little slack for the noise of
small figures (quadratic work gives 4).  Each line of its table is one
construct in one format.

The inputs are what gumbo 0.10.1 handles worst (README, "Limits and
robustness"): deep nesting of several kinds, a huge text node, huge attribute
counts, unclosed formatting and <a> floods, the formatting reconstruction
bomb, invalid UTF-8, NUL bytes, binary files, empty input, tiny-paragraph
floods, unclosed comments and scripts; and what once cost quadratic time or
memory in the article tree and the renderers.  Truncation at every offset of
a fixture is tested in process by
tests/robust_test.c (much faster than one process per prefix).
"""

import codecs
import gzip
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zlib

BASE_MB = 64
RSS_FACTOR = 320  # MB per MB of input: `<p>x` is 4 bytes, 2 gumbo nodes, ~1 KB of RSS
TIMEOUT = 60.0

# Inputs that fail for a reason outside the guard, with the reason; they are
# run and reported (XFAIL, or XPASS once fixed) but do not fail the suite.
KNOWN_FAILURES = {
}


def nest(open_tag, n, close_tag="", text="x"):
    return (open_tag * n + text + close_tag * n).encode()


def rand(seed, n):
    return random.Random(seed).randbytes(n)


# Every case is (name, make, n, g): make(n) builds the input; `run` tries it
# at size n, and the growth check at sizes g and 2g (g None: no check, the
# input does not scale).  The generators are cheap and deterministic.
# A paragraph of about 200 bytes of prose: with a "Related" box between two
# of them, as much weight as the box takes away.
TEXT_PARA = (b"The council met on Tuesday to discuss the plan for the new road. " * 3
             + b"It ends here.")

CASES = [
    # (the guard flattens most kinds cheaply: their growth is measured at
    # larger sizes than the kinds that stay costly, table, li and a)
    *[(f"nest-{tag}-100k", (lambda t: lambda n: nest(f"<{t}>", n))(tag), 100_000, g)
      for tag, g in [("div", 500_000), ("b", 500_000), ("table", 50_000), ("li", 50_000),
                     ("svg", 500_000), ("math", 500_000), ("template", 500_000),
                     ("span", 500_000), ("x", 500_000), ("a", 35_000), ("i", 500_000)]],
    ("nest-div-closed-100k", lambda n: nest("<div>", n, "</div>"), 100_000, 500_000),
    ("nest-table-tr-td-50k", lambda n: nest("<table><tr><td>", n), 50_000, 20_000),
    ("nest-math-mi-100k", lambda n: nest("<math><mi>", n), 100_000, 500_000),
    ("nest-svg-foreignobject-100k", lambda n: nest("<svg><foreignObject>", n), 100_000, 250_000),
    ("nest-template-tr-td-50k", lambda n: nest("<template><tr><td>", n), 50_000, 200_000),
    ("nest-x-270k", lambda n: nest("<x>", n), 270_000, 1_000_000),
    ("nest-a-div-50k", lambda n: nest("<a href=x><div>", n), 50_000, 200_000),
    ("nest-ul-li-a-50k", lambda n: ("<ul>" + "<li><a href=x>y</li>\n" * n).encode(), 50_000, 7_000),
    ("nest-optgroup-100k", lambda n: nest("<optgroup>", n), 100_000, 500_000),
    ("nest-option-div-50k", lambda n: nest("<option><div>", n), 50_000, 200_000),
    ("nest-select-style-then-div", lambda n: ("<select><style></select>" + "<div>" * n).encode(),
     100_000, 500_000),
    ("nest-frameset-style", lambda n: ("<frameset><style>" + "<frameset>" * n).encode(),
     100_000, 500_000),
    ("nest-script-escapes", lambda n: ("<script><!--><script></script>" + "<div>" * n).encode(),
     100_000, 500_000),
    ("noscript-unclosed-iframes-100k",
     lambda n: ("<body><noscript>" + "<iframe src=x />" * n + "</noscript><p>x</p>").encode(),
     100_000, 200_000),
    ("streamed-parts-50k",
     lambda n: ("<body><main>" + "".join("<!--$?--><template id=\"B:%x\"></template><p>wait</p><!--/$-->" % k
                                         for k in range(n))
                + "</main>" + "".join("<div hidden id=\"S:%x\"><p>Part %d.</p></div>" % (k, k)
                                      for k in range(n))).encode(),
     50_000, 10_000),
    ("table-foster-div-100k", lambda n: ("<table>" + "<div>x" * n).encode(), 100_000, 200_000),
    ("table-foster-b-100k", lambda n: ("<table>" + "<b>x" * n).encode(), 100_000, 200_000),
    ("table-flat-100k", lambda n: ("<table>" * n).encode(), 100_000, 50_000),
    ("b-div-100k-aaa", lambda n: ("<b>" + "<div>" * n + "</b>").encode(), 100_000, 500_000),
    ("unclosed-a-100k", lambda n: ("<a>" * n).encode(), 100_000, 35_000),
    ("unclosed-a-text-100k", lambda n: ("<a>x" * n).encode(), 100_000, 20_000),
    ("unclosed-b-text-1m", lambda n: ("<b>x" * n).encode(), 1_000_000, 250_000),
    ("unclosed-formatting-mix-14k", lambda n: ("<a><b><i><u><s><em><strong>" * n).encode(),
     14_000, 100_000),
    ("unclosed-nobr-100k", lambda n: ("<nobr>x" * n).encode(), 100_000, 20_000),
    ("inline-text-runs-100k", lambda n: ("<p>" + "<span>x</span>" * n).encode(), 100_000, 22_500),
    # styled pieces of one long word: each inline edge reads the word that
    # ends the paragraph's text back, which once read all of it
    ("word-of-styled-pieces-40k", lambda n: ("<p>" + "a" * 2000 + "<span>ab</span>x" * n).encode(),
     40_000, 20_000),
    ("word-of-superscripts-40k", lambda n: ("<p>" + "a" * 2000 + "<sup>ab</sup>x" * n).encode(),
     40_000, 20_000),
    ("reconstruction-bomb-2k", lambda n: ("<p>" + "".join(f"<b id={i}>" for i in range(n))
                                          + "<p>x" * n).encode(), 2_000, 2_000),
    ("reconstruction-bomb-1mb", lambda n: ("<p>" + "".join(f"<b id={i}>" for i in range(30))
                                           + "<p>x" * n).encode(), 250_000, 14_000),
    ("reconstruction-div-bomb", lambda n: ("".join(f"<i id={i}>" for i in range(30))
                                           + "<div>x</div>" * n).encode(), 100_000, 20_000),
    ("attributes-100k", lambda n: ("<div " + " ".join(f"a{i}=1" for i in range(n))
                                   + ">x</div>").encode(), 100_000, 100_000),
    ("attributes-end-tag-100k", lambda n: ("<div>x</div " + " ".join(f"a{i}" for i in range(n))
                                           + ">").encode(), 100_000, 100_000),
    ("attributes-1m-duplicates", lambda n: ("<div" + " a=1" * n + ">x").encode(),
     1_000_000, 1_500_000),
    ("attributes-valueless-truncated", lambda n: ("<div" + " a" * n).encode(),
     2_000_000, 2_000_000),
    ("attributes-many-tags", lambda n: (("<p " + " ".join(f"a{i}" for i in range(300))
                                         + ">x</p>") * n).encode(), 3000, 300),
    ("text-node-50mb", lambda n: b"<p>" + b"word " * n, 10_000_000, 120_000),
    ("attribute-value-20mb", lambda n: b'<div title="' + b"v" * n + b'">x</div>',
     20_000_000, 2_000_000),
    ("paragraphs-500k", lambda n: b"<p>x</p>" * n, 500_000, 20_000),
    ("paragraphs-unclosed-500k", lambda n: b"<p>x" * n, 500_000, 20_000),
    ("invalid-utf8-random-4mb", lambda n: rand(1, n), 4_000_000, 2_000_000),
    ("invalid-utf8-everywhere", lambda n: (
        b"<html><head><title>\xff\xfe</title></head><body>"
        + b"<p>\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xed\xa0\x80</p>" * n), 50_000, 7_000),
    ("ff-bytes-10mb", lambda n: b"\xff" * n, 10_000_000, 400_000),
    ("nul-bytes-10mb", lambda n: b"\x00" * n, 10_000_000, 8_000_000),
    ("nul-mixed", lambda n: b"<p>a\x00b</p><di\x00v cl\x00ass=x>y\x00</div>" * n, 20_000, 200_000),
    ("nul-in-text-page", lambda n: b"<html><body><article><p>" + b"Text with a nul \x00 inside. " * n
     + b"</p></article></body></html>", 2000, 20_000),
    ("charref-overflow", lambda n: (b"<p>a&#2147483648;b &#x800000c9; c &#4294967361; d&#99999999999999999999;</p>"
                                    b'<p title="&#x800000c9;">' + b"Some words here. " * 100 + b"</p>") * n,
     100, 300),
    ("empty", lambda n: b"", 0, None),
    ("whitespace-only", lambda n: b" \n\t " * n, 1000, 3_000_000),
    ("binary-png", lambda n: b"\x89PNG\r\n\x1a\n" + rand(2, n), 1_000_000, None),
    ("binary-gzip", lambda n: b"\x1f\x8b\x08\x00" + rand(3, n), 1_000_000, None),
    ("binary-elf-like", lambda n: bytes(range(256)) * n, 4000, None),
    ("lt-10m", lambda n: b"<" * n, 10_000_000, 400_000),
    ("comment-open-2m", lambda n: b"<!--" * n, 2_500_000, 500_000),
    ("unclosed-comment", lambda n: b"<p>before</p><!-- " + b"never closed " * n, 500_000, 200_000),
    ("unclosed-script", lambda n: b"<p>before</p><script>" + b"var x = '<div>';" * n,
     500_000, 600_000),
    ("unclosed-style", lambda n: b"<p>before</p><style>" + b"p{color:red}" * n, 500_000, 1_000_000),
    ("unclosed-title", lambda n: b"<title>" + b"t" * n, 5_000_000, 1_500_000),
    ("unclosed-textarea", lambda n: b"<textarea>" + b"<div>" * n, 500_000, 200_000),
    ("unclosed-cdata", lambda n: b"<svg><![CDATA[" + b"x" * n, 5_000_000, 1_000_000),
    ("unclosed-attribute", lambda n: b'<div class="' + b"x" * n, 5_000_000, 6_000_000),
    ("unclosed-doctype", lambda n: b"<!DOCTYPE " + b"x" * n, 5_000_000, 2_000_000),
    ("plaintext", lambda n: b"<plaintext>" + b"<div>" * n, 500_000, 100_000),
    ("ampersand-2m", lambda n: b"&amp;" * n, 2_000_000, 300_000),
    ("bom-utf8", lambda n: b"\xef\xbb\xbf<!DOCTYPE html><html><head><title>T</title></head><body><article><p>"
     + b"Sentence one, with words. " * n + b"</p></article></body></html>", 200, 20_000),
    ("utf16-le", lambda n: "\ufeff<html><body><article><p>".encode("utf-16-le")
     + ("Wörter und Sätze. " * n).encode("utf-16-le"), 200, 20_000),
    ("latin1-declared-utf8", lambda n: b'<meta charset="utf-8"><p>'
     + "caf\u00e9 na\u00efve ".encode("latin-1") * n, 5000, 20_000),
    # What the article tree and the renderers must keep linear: runs of
    # twin inline elements (merged into one), long and many lists, wide and
    # tall tables, deep lists with long markers, header rows.
    ("twins-b-40k", lambda n: ("<p>" + "<b>x</b>" * n).encode(), 40_000, 20_000),
    ("twins-i-40k", lambda n: ("<p>" + "<i>x</i>" * n).encode(), 40_000, 20_000),
    ("twins-b-i-40k", lambda n: ("<p>" + "<b><i>x</i></b>" * n).encode(), 40_000, 14_000),
    ("twins-links-40k", lambda n: ("<p>" + '<a href="/same">x</a>' * n).encode(), 40_000, 14_000),
    ("ol-items-80k", lambda n: ("<ol>" + "<li>b" * n + "</ol>").encode(), 80_000, 20_000),
    ("ul-adjacent-80k", lambda n: ("<ul><li>x</ul>" * n).encode(), 80_000, 12_000),
    ("ol-adjacent-80k", lambda n: ("<ol><li>x</ol>" * n).encode(), 80_000, 12_000),
    ("table-wide-and-tall-16k", lambda n: ("<table><tr>" + "<td>c" * n
                                           + "<tr><td>r" * n + "</table>").encode(), 16_000, 8_000),
    ("table-header-rows-50k", lambda n: ("<table>" + "<tr><th>h</th></tr>" * n
                                         + "</table>").encode(), 50_000, 14_000),
    ("ol-deep-start-br", lambda n: ('<ol start="999999999"><li>' * 390 + "x<br>" * n).encode(),
     200_000, 14_000),
    ("quotes-deep-br", lambda n: ("<blockquote>" * 390 + "x<br>" * n).encode(), 200_000, 20_000),
    # Pages that arrive as scraped text (no markup: read by the text front
    # end, src/text/): what each of its rules reads a line or a block for,
    # in floods: short menu lines, repeated and distinct; paragraphs; list
    # items; lines wrapped at a fixed width (joined back); headings before
    # prose; quotes; bylines, dates and copyright lines; menus written on
    # one line; CR LF; one endless line; a deep indent; CJK prose.
    ("text-menu-lines-500k", lambda n: b"Menu item\n" * n, 500_000, 200_000),
    ("text-distinct-lines-250k", lambda n: b"".join(b"Line number %d here\n" % i
                                                    for i in range(n)), 250_000, 100_000),
    ("text-paragraphs-100k", lambda n: b"A paragraph of prose with words in it, and it ends.\n\n"
     * n, 100_000, 40_000),
    ("text-bullets-300k", lambda n: b"- item of a list\n" * n, 300_000, 200_000),
    ("text-numbered-500k", lambda n: b"".join(b"%d. item\n" % i for i in range(n)),
     500_000, 100_000),
    ("text-wrapped-100k", lambda n: b"   A lynx style line of text wrapped at a fixed width and\n"
     * n, 100_000, 40_000),
    ("text-headings-100k", lambda n: b"A Heading Line\nA sentence of prose that follows the "
     b"heading line here.\n" * n, 100_000, 40_000),
    ("text-quotes-250k", lambda n: b"> a quoted line of text\n" * n, 250_000, 100_000),
    ("text-bylines-500k", lambda n: b"By John Smith\n" * n, 500_000, 100_000),
    ("text-dates-200k", lambda n: b"Published 12 March 2024 at 10:30\n" * n, 200_000, 50_000),
    ("text-copyright-100k", lambda n: b"Copyright 2024 Example Inc. All rights reserved.\n" * n,
     100_000, 50_000),
    ("text-menu-on-one-line-200k", lambda n: b"Home | News | Sport | Weather | About\n" * n,
     200_000, 50_000),
    ("text-related-boxes-20k", lambda n: (TEXT_PARA + b"\n\n") * 2 + (
        b"Related\n\nA headline of another story\n\n" + (TEXT_PARA + b"\n\n") * 2) * n,
     20_000, 10_000),
    ("text-crlf-300k", lambda n: b"Some text here.\r\n" * n, 300_000, 100_000),
    ("text-one-line-500k", lambda n: b"A sentence of prose. " * n, 500_000, 200_000),
    ("text-blank-lines-5m", lambda n: b"a\n" + b"\n" * n + b"b\n", 5_000_000, 1_000_000),
    ("text-deep-indent-5m", lambda n: b" " * n + b"x\n", 5_000_000, 1_000_000),
    ("text-cjk-200k", lambda n: "\u8fd9\u662f\u4e00\u4e2a\u4e2d\u6587\u53e5\u5b50\u3002\n"
     .encode() * n, 200_000, 100_000),
]


def gzip_member(data):
    return gzip.compress(data, mtime=0)


def warc_record(k, body=b"<html><body><p>A page of a web archive.</p></body></html>"):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/%d\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (k, len(http)) + http + b"\r\n\r\n")


def warc_bomb(segments):
    """A per-record gzip WARC whose first record holds segments x 16 MiB of
    zeros (a thousandth of that compressed), then a page: the deflate data
    of one segment, flushed to a byte boundary, repeats; the trailer's CRC
    is left wrong (only a reader that inflates it all can tell)."""
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/big\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    http_len = len(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    head = head % (http_len + segments * (16 << 20))
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = z.compress(head) + z.flush(zlib.Z_FULL_FLUSH)
    zeros = z.compress(b"\0" * (16 << 20)) + z.flush(zlib.Z_FULL_FLUSH)
    last = z.compress(b"\r\n\r\n") + z.flush()
    size = len(head) + segments * (16 << 20) + 4
    member = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + first + zeros * segments + last
              + struct.pack("<II", 0, size & 0xFFFFFFFF))
    return member + gzip_member(warc_record(1))


def warc_garbage_members(n):
    """Records with n one-byte gzip members of garbage between them."""
    rng = random.Random(5)
    return (gzip_member(warc_record(0)) + b"".join(gzip_member(bytes([rng.randrange(256)]))
                                                   for _ in range(n))
            + gzip_member(warc_record(1)))


# The WARC cases: a batch (exit 5 when a record fails, as the bomb's does),
# whose time must stay within WARC_CPU_BASE + WARC_CPU_PER_MB per MB of the
# archive as stored: a record is never decompressed when the reader can
# pass it, and resynchronising is linear (a 4 MB archive holding a 4 GB
# record once took 10 s; 4 MB of one-byte garbage members 8 s).
WARC_CASES = {"warc-gzip-bomb-4g", "warc-garbage-members"}
WARC_CPU_BASE = 1.0
WARC_CPU_PER_MB = 0.5

CASES += [
    ("warc-gzip-bomb-4g", warc_bomb, 256, None),
    ("warc-garbage-members", warc_garbage_members, 200_000, 300_000),
]


def cases():
    """Yield (name, bytes) pairs at the sizes `run` tries."""
    for name, make, n, _ in CASES:
        yield name, make(n)


def run_one(pith, path, timeout):
    """Run pith on one file; return (exit status or None on timeout, seconds,
    peak RSS in MB, stdout, stderr, CPU seconds)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen([pith, "--format", "json", path], stdout=out, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None, timeout, 0.0, (False, False, None), b"", timeout
            time.sleep(0.01)
        elapsed = time.monotonic() - t0
        proc.returncode = 0  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        rc = os.waitstatus_to_exitcode(status)
        # Read the output in pieces: a big read would raise this process's
        # peak RSS, which the next child's ru_maxrss inherits through fork.
        summary = scan_output(out)
        return (rc, elapsed, usage.ru_maxrss / 1024.0, summary, err.read(4096),
                usage.ru_utime + usage.ru_stime)


def scan_output(f):
    """Check an output stream piecewise: (starts with '{', has NUL, UTF-8 error)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    first = f.read(1)
    nul = first == b"\x00"
    bad = None
    chunk = first
    while chunk:
        nul = nul or b"\x00" in chunk
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as e:
            bad = bad or str(e)
        chunk = f.read(1 << 20)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as e:
        bad = bad or str(e)
    return first == b"{", nul, bad


def check(name, size, rc, out, rss, cpu):
    """Return a list of problems with one run."""
    if rc is None:
        return ["did not finish in time (hang?)"]
    problems = []
    warc = name in WARC_CASES
    if rc < 0 or rc >= 128:
        problems.append(f"crashed (status {rc})")
    elif rc not in (0, 1, 3, 4) and not (warc and rc == 5):
        problems.append(f"exit status {rc}")
    if warc and cpu > WARC_CPU_BASE + WARC_CPU_PER_MB * size / 1e6:
        problems.append(f"{cpu:.1f} s of CPU for {size / 1e6:.1f} MB")
    is_json, nul, bad_utf8 = out
    if nul:
        problems.append("NUL byte in output")
    if bad_utf8:
        problems.append(f"invalid UTF-8 in output ({bad_utf8})")
    if rc in (0, 1) and not is_json:
        problems.append("no JSON on success")
    limit = BASE_MB + RSS_FACTOR * size / 1e6
    if rss > limit:
        problems.append(f"peak RSS {rss:.0f} MB over {limit:.0f} MB")
    return problems


# ---------------------------------------------------------------- growth

# Every format, with links and images kept (the renderers' longest paths);
# json also renders the html and markdown copies.
FORMATS = [
    ("text", ["-f", "text"]),
    ("markdown", ["-f", "markdown"]),
    ("html", ["-f", "html"]),
    ("json", ["-f", "json", "--json-include", "html,markdown"]),
    ("xml", ["-f", "xml"]),
    ("csv", ["-f", "csv"]),
]
COMMON_FLAGS = ["--links", "--images"]

# Twice the input may cost at most GROWTH_LIMIT times the work (linear: 2,
# quadratic: 4), beyond a start-up baseline, with slack for the noise of
# small figures.  CPU time (user + system) is measured, not wall time, so
# other programs on the machine matter little; each figure is the least of
# one run (the least of more when asked), and a construct that fails is
# measured again, three more times, before it fails.
GROWTH_LIMIT = 3.0
SLACK_CPU_S = 0.03
# Peak RSS moves in steps (arena chunks of up to 4 MB, the allocator's
# thresholds), and a page's memory overlaps what start-up freed: a few MB
# at g can read as 10 at 2g.  The memory check is there for blow-ups
# (hundreds of MB); quadratic time, the subtler kind, is the CPU check's.
SLACK_RSS_MB = 16.0


def spawn(pith, args, path):
    return subprocess.Popen([pith] + args + [path], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def measure_all(jobs, parallel, timeout=TIMEOUT):
    """Run jobs ((key, pith, args, path)) `parallel` at a time: {key: (cpu
    seconds, peak RSS MB, exit status)}; a run past timeout is killed (its
    status is then None)."""
    results, running, todo = {}, {}, list(jobs)
    while todo or running:
        while todo and len(running) < parallel:
            key, pith, args, path = todo.pop(0)
            proc = spawn(pith, args, path)
            running[proc.pid] = (key, proc, time.monotonic())
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            for key, proc, t0 in list(running.values()):
                if time.monotonic() - t0 > timeout:
                    proc.kill()
            time.sleep(0.005)
            continue
        if pid not in running:
            continue
        key, proc, t0 = running.pop(pid)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here
        rc = proc.returncode if time.monotonic() - t0 <= timeout else None
        results[key] = (usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, rc)
    return results


def least(samples):
    """Per key, the least CPU time and RSS of its runs, and the worst status."""
    out = {}
    for (key, _), (cpu, rss, rc) in samples.items():
        c, m, r = out.get(key, (cpu, rss, rc))
        out[key] = (min(c, cpu), min(m, rss), r if r not in (0, 1, 3, 4, 5) else rc)
    return out


def grows_linearly(base, small, big):
    """(cpu ratio, rss ratio, ok) for the figures at g and 2g over the baseline."""
    a_t, b_t = max(small[0] - base[0], 0.0), max(big[0] - base[0], 0.0)
    a_m, b_m = max(small[1] - base[1], 0.0), max(big[1] - base[1], 0.0)
    ok = b_t <= GROWTH_LIMIT * a_t + SLACK_CPU_S and b_m <= GROWTH_LIMIT * a_m + SLACK_RSS_MB
    ratio = lambda a, b: b / a if a > 0 else float("nan")
    return ratio(a_t, b_t), ratio(a_m, b_m), ok


def growth(pith, only, parallel, runs):
    """The growth check; returns the number of failures."""
    chosen = [c for c in CASES if c[3] and (not only or c[0] in only)]
    failed = 0
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        # The baseline: a run on a page without content, the least a run
        # costs (start-up); what a page costs beyond it is its own.
        tiny = os.path.join(tmp, "tiny.html")
        with open(tiny, "wb") as f:
            f.write(b"<p>")

        def jobs(name, count):
            if name == "tiny":
                return [((("tiny", fmt), k), pith, COMMON_FLAGS + args, tiny)
                        for fmt, args in FORMATS for k in range(count)]
            # An archive is a batch: one file per page under -o DIR.
            out = lambda fmt, size, k: (["-o", os.path.join(tmp, f"out-{fmt}-{size}-{k}")]
                                        if name in WARC_CASES else [])
            return [(((name, fmt, size), k), pith, COMMON_FLAGS + args + out(fmt, size, k),
                     os.path.join(tmp, f"{name}.{size}.html"))
                    for size in ("g", "2g") for fmt, args in FORMATS for k in range(count)]

        base = least(measure_all(jobs("tiny", 3), parallel))
        print(f"{'construct':32s} {'format':9s} {'g':>9s} {'cpu g':>7s} {'cpu 2g':>7s} {'x':>5s}"
              f" {'MB g':>6s} {'MB 2g':>6s} {'x':>5s}")
        for name, _, _, g in chosen:
            # Written by another process, one construct at a time, to keep
            # this one (whose peak RSS its children inherit) and the disk small.
            subprocess.run([sys.executable, os.path.abspath(__file__), "write-growth", tmp, name],
                           check=True, stdout=subprocess.DEVNULL)
            figures = least(measure_all(jobs(name, runs), parallel))
            for fmt, _ in FORMATS:
                small, big = figures[(name, fmt, "g")], figures[(name, fmt, "2g")]
                t_ratio, m_ratio, ok = grows_linearly(base[("tiny", fmt)], small, big)
                if not ok:  # measure again, more times, before calling it a failure
                    again = least(measure_all([j for j in jobs(name, 3) if j[0][0][1] == fmt],
                                              parallel))
                    small = min(small, again[(name, fmt, "g")])
                    big = min(big, again[(name, fmt, "2g")])
                    t_ratio, m_ratio, ok = grows_linearly(base[("tiny", fmt)], small, big)
                good = (0, 1, 3, 4, 5) if name in WARC_CASES else (0, 1, 3, 4)
                bad_rc = [rc for rc in (small[2], big[2]) if rc not in good]
                status = "ok   " if ok and not bad_rc else "FAIL "
                failed += status != "ok   "
                print(f"{status}{name:27s} {fmt:9s} {g:9d} {small[0]:7.3f} {big[0]:7.3f} "
                      f"{t_ratio:5.2f} {small[1]:6.1f} {big[1]:6.1f} {m_ratio:5.2f}"
                      + (f"  exit {bad_rc}" if bad_rc else ""), flush=True)
            for size in ("g", "2g"):
                os.unlink(os.path.join(tmp, f"{name}.{size}.html"))
    print(f"growth: {len(chosen)} constructs x {len(FORMATS)} formats, {failed} failed, "
          f"{time.monotonic() - t0:.0f} s (baseline, a page without content: "
          f"{base[('tiny', 'text')][0]:.3f} s, {base[('tiny', 'text')][1]:.1f} MB)")
    return failed


def main(argv):
    if len(argv) < 2 or argv[1] not in ("run", "write", "write-growth", "list", "growth"):
        print(__doc__)
        return 2
    if argv[1] == "list":
        for name, _ in cases():
            print(name)
        return 0
    if argv[1] == "write":
        os.makedirs(argv[2], exist_ok=True)
        only = set(argv[4].split(",")) if argv[3:4] == ["--only"] else None
        for name, data in cases():
            if not only or name in only:
                with open(os.path.join(argv[2], name + ".html"), "wb") as f:
                    f.write(data)
                print(name, flush=True)
        return 0
    if argv[1] == "write-growth":
        wanted = set(argv[3:])
        for name, make, _, g in CASES:
            if name in wanted:
                for size, k in (("g", g), ("2g", 2 * g)):
                    with open(os.path.join(argv[2], f"{name}.{size}.html"), "wb") as f:
                        f.write(make(k))
        return 0
    pith = argv[2]
    only = None
    timeout = TIMEOUT
    parallel, runs = 2, 1
    rest = argv[3:]
    while rest:
        if rest[0] == "--only":
            only = set(rest[1].split(","))
            rest = rest[2:]
        elif rest[0] == "--timeout":
            timeout = float(rest[1])
            rest = rest[2:]
        elif rest[0] == "--parallel":
            parallel = int(rest[1])
            rest = rest[2:]
        elif rest[0] == "--runs":
            runs = int(rest[1])
            rest = rest[2:]
        else:
            print(f"unknown argument {rest[0]}")
            return 2
    if argv[1] == "growth":
        return 0 if growth(pith, only, parallel, runs) == 0 else 1
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        # The inputs are written by another process: ru_maxrss counts the
        # memory of the process that forked pith, so this one stays small.
        written = subprocess.run([sys.executable, os.path.abspath(__file__), "write", tmp]
                                 + (["--only", ",".join(only)] if only else []),
                                 check=True, stdout=subprocess.PIPE).stdout.decode().split()
        for name in written:
            path = os.path.join(tmp, name + ".html")
            size = os.path.getsize(path)
            rc, elapsed, rss, out, err, cpu = run_one(pith, path, timeout)
            os.unlink(path)
            problems = check(name, size, rc, out, rss, cpu)
            lines = err.decode("utf-8", "replace").strip().splitlines()
            note = "; ".join(problems) or f"exit {rc} {lines[-1].split(': ')[-1][:50] if lines else ''}"
            if name in KNOWN_FAILURES:
                status = "XFAIL" if problems else "XPASS"
                note += f"  [known: {KNOWN_FAILURES[name]}]"
                problems = []
            else:
                status = "FAIL " if problems else "ok   "
            print(f"{status} {name:32s} {size/1e6:7.2f} MB {elapsed:6.2f} s {rss:6.0f} MB  {note}",
                  flush=True)
            passed += not problems
            failed += bool(problems)
    print(f"pathological: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
