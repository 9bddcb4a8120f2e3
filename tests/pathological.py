#!/usr/bin/env python3
"""Pathological inputs for pith: generate them, run the CLI on each, check it.

  python3 tests/pathological.py run build/pith [--only NAME,...] [--timeout S]
  python3 tests/pathological.py write DIR      # just write the inputs
  python3 tests/pathological.py list

Every input must finish well inside a generous timeout (meant to catch
hangs, not to measure speed), without a crash, with exit status 0, 1, 3 or
4 (extracted, no content, unusable input, limit) and, when it printed text,
valid UTF-8 without NUL bytes.  Peak memory (the child's maximum resident
set) must stay under BASE_MB + RSS_FACTOR x the input size.  The figures
are printed, one line per input, so a run also documents them.

The inputs are what gumbo 0.10.1 handles worst (README, "Limits and
robustness"): deep nesting of several kinds, a huge text node, huge attribute
counts, unclosed formatting and <a> floods, the formatting reconstruction
bomb, invalid UTF-8, NUL bytes, binary files, empty input, tiny-paragraph
floods, unclosed comments and scripts.  Truncation at every offset of a fixture is tested in process by
tests/robust_test.c (much faster than one process per prefix).
"""

import codecs
import os
import random
import subprocess
import sys
import tempfile
import time

BASE_MB = 64
RSS_FACTOR = 320  # MB per MB of input: `<p>x` is 4 bytes, 2 gumbo nodes, ~1 KB of RSS
TIMEOUT = 60.0

# Inputs that fail for a reason outside the guard, with the reason; they are
# run and reported (XFAIL, or XPASS once fixed) but do not fail the suite.
KNOWN_FAILURES = {
}


def nest(open_tag, n, close_tag="", text="x"):
    return (open_tag * n + text + close_tag * n).encode()


def cases():
    """Yield (name, bytes) pairs; the generators are cheap and deterministic."""
    n = 100_000
    for tag in ["div", "b", "table", "li", "svg", "math", "template", "span", "x", "a", "i"]:
        yield f"nest-{tag}-100k", nest(f"<{tag}>", n)
    yield "nest-div-closed-100k", nest("<div>", n, "</div>")
    yield "nest-table-tr-td-50k", nest("<table><tr><td>", 50_000)
    yield "nest-math-mi-100k", nest("<math><mi>", n)
    yield "nest-svg-foreignobject-100k", nest("<svg><foreignObject>", n)
    yield "nest-template-tr-td-50k", nest("<template><tr><td>", 50_000)
    yield "nest-x-270k", nest("<x>", 270_000)
    yield "nest-a-div-50k", nest("<a href=x><div>", 50_000)
    yield "nest-ul-li-a-50k", ("<ul>" + "<li><a href=x>y</li>\n" * 50_000).encode()
    yield "nest-optgroup-100k", nest("<optgroup>", n)
    yield "nest-option-div-50k", nest("<option><div>", 50_000)
    yield "nest-select-style-then-div", ("<select><style></select>" + "<div>" * n).encode()
    yield "nest-frameset-style", ("<frameset><style>" + "<frameset>" * n).encode()
    yield "nest-script-escapes", ("<script><!--><script></script>" + "<div>" * n).encode()
    yield "table-foster-div-100k", ("<table>" + "<div>x" * n).encode()
    yield "table-foster-b-100k", ("<table>" + "<b>x" * n).encode()
    yield "table-flat-100k", ("<table>" * n).encode()
    yield "b-div-100k-aaa", ("<b>" + "<div>" * n + "</b>").encode()
    yield "unclosed-a-100k", ("<a>" * n).encode()
    yield "unclosed-a-text-100k", ("<a>x" * n).encode()
    yield "unclosed-b-text-1m", ("<b>x" * 1_000_000).encode()
    yield "unclosed-formatting-mix-14k", ("<a><b><i><u><s><em><strong>" * 14_000).encode()
    yield "unclosed-nobr-100k", ("<nobr>x" * n).encode()
    yield "inline-text-runs-100k", ("<p>" + "<span>x</span>" * n).encode()
    yield "reconstruction-bomb-2k", ("<p>" + "".join(f"<b id={i}>" for i in range(2000))
                                     + "<p>x" * 2000).encode()
    yield "reconstruction-bomb-1mb", ("<p>" + "".join(f"<b id={i}>" for i in range(30))
                                      + "<p>x" * 250_000).encode()
    yield "reconstruction-div-bomb", ("".join(f"<i id={i}>" for i in range(30))
                                      + "<div>x</div>" * 100_000).encode()
    yield "attributes-100k", ("<div " + " ".join(f"a{i}=1" for i in range(n)) + ">x</div>").encode()
    yield "attributes-end-tag-100k", ("<div>x</div " + " ".join(f"a{i}" for i in range(n)) + ">").encode()
    yield "attributes-1m-duplicates", ("<div" + " a=1" * 1_000_000 + ">x").encode()
    yield "attributes-valueless-truncated", ("<div" + " a" * 2_000_000).encode()
    yield "attributes-many-tags", (("<p " + " ".join(f"a{i}" for i in range(300)) + ">x</p>") * 3000).encode()
    yield "text-node-50mb", b"<p>" + b"word " * 10_000_000
    yield "attribute-value-20mb", b'<div title="' + b"v" * 20_000_000 + b'">x</div>'
    yield "paragraphs-500k", b"<p>x</p>" * 500_000
    yield "paragraphs-unclosed-500k", b"<p>x" * 500_000
    yield "invalid-utf8-random-4mb", random.Random(1).randbytes(4_000_000)
    yield "invalid-utf8-everywhere", (b"<html><head><title>\xff\xfe</title></head><body>"
                                      + b"<p>\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xed\xa0\x80</p>" * 50_000)
    yield "ff-bytes-10mb", b"\xff" * 10_000_000
    yield "nul-bytes-10mb", b"\x00" * 10_000_000
    yield "nul-mixed", (b"<p>a\x00b</p><di\x00v cl\x00ass=x>y\x00</div>" * 20_000)
    yield "nul-in-text-page", b"<html><body><article><p>" + b"Text with a nul \x00 inside. " * 2000 + b"</p></article></body></html>"
    yield "charref-overflow", (b"<p>a&#2147483648;b &#x800000c9; c &#4294967361; d&#99999999999999999999;</p>"
                               b'<p title="&#x800000c9;">' + b"Some words here. " * 100 + b"</p>") * 100
    yield "empty", b""
    yield "whitespace-only", b" \n\t " * 1000
    yield "binary-png", b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(1_000_000)
    yield "binary-gzip", b"\x1f\x8b\x08\x00" + random.Random(3).randbytes(1_000_000)
    yield "binary-elf-like", bytes(range(256)) * 4000
    yield "lt-10m", b"<" * 10_000_000
    yield "comment-open-2m", b"<!--" * 2_500_000
    yield "unclosed-comment", b"<p>before</p><!-- " + b"never closed " * 500_000
    yield "unclosed-script", b"<p>before</p><script>" + b"var x = '<div>';" * 500_000
    yield "unclosed-style", b"<p>before</p><style>" + b"p{color:red}" * 500_000
    yield "unclosed-title", b"<title>" + b"t" * 5_000_000
    yield "unclosed-textarea", b"<textarea>" + b"<div>" * 500_000
    yield "unclosed-cdata", b"<svg><![CDATA[" + b"x" * 5_000_000
    yield "unclosed-attribute", b'<div class="' + b"x" * 5_000_000
    yield "unclosed-doctype", b"<!DOCTYPE " + b"x" * 5_000_000
    yield "plaintext", b"<plaintext>" + b"<div>" * 500_000
    yield "ampersand-2m", b"&amp;" * 2_000_000
    yield "bom-utf8", b"\xef\xbb\xbf<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + b"Sentence one, with words. " * 200 + b"</p></article></body></html>"
    yield "utf16-le", "\ufeff<html><body><article><p>".encode("utf-16-le") + ("Wörter und Sätze. " * 200).encode("utf-16-le")
    yield "latin1-declared-utf8", b'<meta charset="utf-8"><p>' + "caf\u00e9 na\u00efve ".encode("latin-1") * 5000


def run_one(pith, path, timeout):
    """Run pith on one file; return (exit status or None on timeout, seconds,
    peak RSS in MB, stdout, stderr)."""
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
                return None, timeout, 0.0, (False, False, None), b""
            time.sleep(0.01)
        elapsed = time.monotonic() - t0
        proc.returncode = 0  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        rc = os.waitstatus_to_exitcode(status)
        # Read the output in pieces: a big read would raise this process's
        # peak RSS, which the next child's ru_maxrss inherits through fork.
        summary = scan_output(out)
        return rc, elapsed, usage.ru_maxrss / 1024.0, summary, err.read(4096)


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


def check(size, rc, out, rss):
    """Return a list of problems with one run."""
    if rc is None:
        return ["did not finish in time (hang?)"]
    problems = []
    if rc < 0 or rc >= 128:
        problems.append(f"crashed (status {rc})")
    elif rc not in (0, 1, 3, 4):
        problems.append(f"exit status {rc}")
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


def main(argv):
    if len(argv) < 2 or argv[1] not in ("run", "write", "list"):
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
    pith = argv[2]
    only = None
    timeout = TIMEOUT
    rest = argv[3:]
    while rest:
        if rest[0] == "--only":
            only = set(rest[1].split(","))
            rest = rest[2:]
        elif rest[0] == "--timeout":
            timeout = float(rest[1])
            rest = rest[2:]
        else:
            print(f"unknown argument {rest[0]}")
            return 2
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
            rc, elapsed, rss, out, err = run_one(pith, path, timeout)
            os.unlink(path)
            problems = check(size, rc, out, rss)
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
