#!/usr/bin/env python3
"""The reliability cases: hostile pages, damaged WARCs, output names and statuses.

    python3 bench/reliability.py PITH [--only 1,2,...] [--timeout S]

Builds each input in a temporary folder, runs the command-line tool PITH on
it and prints one Markdown table row per case: what was run and what came
out (CPU seconds, peak resident memory, output size, exit status, the lines
of a batch).  bench/RESULTS.md ("Hostile inputs, damaged archives, output
names and statuses, before and after") keeps the figures of a run, for the
build measured and for an older one, so that the two can be compared row by
row.  The numbers in the first column group the
cases by kind:

  1  a run of identical inline elements (memory and time of the article tree)
  2  Markdown list numbers and markers (time), --timeout-ms in rendering
  3  Markdown tables and nested list prefixes (size of the output)
  4  records after blank or empty gzip members
  5  a record after a header cut short
  6  a first gzip member with a bad trailer
  7  -o DIR with several inputs of one name
  8  -r: long paths, dangling and looping links
  9  exit statuses of output that cannot be written, odd record endings
 10  UTF-16LE without a byte-order mark, the charset given
 11  decompression: a gzip bomb, one-byte garbage members

Each run's time is the child's CPU time (user + system), which the load of
other programs changes little; a run past the timeout is killed and shown
as "> S s".  Case 9's read-only folder is made unwritable for the user
`nobody` (root writes anywhere), and its runs run as that user.
"""

import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 120.0
NOBODY = 65534  # the user and group nobody / nogroup


def run(argv, stdout=subprocess.PIPE, cwd=None, timeout=None, user=None):
    """(exit status or None when killed, CPU s, peak RSS MB, stdout bytes, stderr)."""
    if user:
        argv = ["setpriv", "--reuid", str(user), "--regid", str(user), "--clear-groups"] + argv
    out = tempfile.TemporaryFile() if stdout is subprocess.PIPE else stdout
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd)
    t0 = time.monotonic()
    killed = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > (timeout or TIMEOUT):
            proc.kill()
            killed = True
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    data = b""
    if stdout is subprocess.PIPE:
        out.seek(0)
        data = out.read()
    err.seek(0)
    return (None if killed else proc.returncode, usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024.0, data, err.read().decode("utf-8", "replace"))


def cost(res, timeout=None):
    rc, cpu, rss, out, _ = res
    if rc is None:
        return f"> {timeout or TIMEOUT:.0f} s (killed)"
    return f"{cpu:.2f} s, {rss:.0f} MB, output {size(len(out))}, exit {rc}"


def size(n):
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.0f} KB"
    return f"{n} B"


def batch_lines(out):
    """'N lines: offset status, ...' for a JSONL batch output."""
    items = []
    for line in out.decode("utf-8", "replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            items.append("unparsable line")
            continue
        err = obj.get("error")
        code = err.get("code") if isinstance(err, dict) else err
        items.append(f"{obj.get('offset')} {code or 'ok'}")
    return f"{len(items)} lines: " + ", ".join(items)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- WARC pieces

BODY = (b"<html><body><article><p>A page of a web archive, with enough words in one "
        b"paragraph to count as the main text of the page it stands for.</p></article>"
        b"</body></html>")


def http(body=BODY):
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body


def record(k, block=None, tail=b"\r\n\r\n"):
    block = http() if block is None else block
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/%d\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (k, len(block)) + block + tail)


def gz(data):
    return gzip.compress(data, mtime=0)


def warc_bomb(segments):
    """One record holding segments x 16 MiB of zeros in a 4 MB member, then a page."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
    import pathological
    return pathological.warc_bomb(segments)


# ---------------------------------------------------------------- the cases

def case1(pith, d):
    rows = []
    for label, unit, n in (("`<b>x</b>`", "<b>x</b>", 40_000), ("`<b>x</b>`", "<b>x</b>", 80_000),
                           ("`<i>x</i>`", "<i>x</i>", 40_000),
                           ("`<b><i>x</i></b>`", "<b><i>x</i></b>", 40_000),
                           ("`<a href=/same>x</a>`", '<a href="/same">x</a>', 40_000)):
        f = write(os.path.join(d, "twins.html"), "<p>" + unit * n)
        rows.append((f"{n:,} x {label} after `<p>`, `--max-memory 64M`",
                     cost(run([pith, "--max-memory", "64M", f]))))
    return rows


def case2(pith, d):
    rows = []
    for n in (40_000, 80_000):
        f = write(os.path.join(d, "ol.html"), "<ol>" + "<li>b" * n + "</ol>")
        rows.append((f"`<ol>` of {n:,} `<li>`, `-f markdown`", cost(run([pith, "-f", "markdown", f]))))
    f = write(os.path.join(d, "ul.html"), "<ul><li>b</ul>" * 80_000)
    rows.append(("80,000 adjacent `<ul>`, `-f markdown`", cost(run([pith, "-f", "markdown", f]))))
    f = write(os.path.join(d, "ol.html"), "<ol>" + "<li>b" * 80_000 + "</ol>")
    rows.append(("`<ol>` of 80,000 `<li>`, `-f json --json-include markdown --timeout-ms 3000`",
                 cost(run([pith, "-f", "json", "--json-include", "markdown", "--timeout-ms", "3000",
                           f]))))
    return rows


def case3(pith, d):
    f = write(os.path.join(d, "table.html"),
              "<table><tr>" + "<td>c" * 16_000 + "</tr>" + "<tr><td>r</tr>" * 16_000 + "</table>")
    rows = [(f"table: one 16,000-cell row, 16,000 one-cell rows ({size(os.path.getsize(f))}), "
             "`-f markdown`", cost(run([pith, "-f", "markdown", f])))]
    f = write(os.path.join(d, "deep.html"), '<ol start="999999999"><li>' * 390 + "x<br>" * 200_000)
    rows.append((f"390 nested `<ol start=999999999>` around 200,000 `<br>` "
                 f"({size(os.path.getsize(f))}), `-f markdown`",
                 cost(run([pith, "-f", "markdown", f]))))
    return rows


def case4(pith, d):
    a, b = gz(record(0)), gz(record(1))
    rows = []
    for label, middle in (("a gzip member of blank lines", gz(b"\r\n\r\n\r\n")),
                          ("an empty gzip member", gz(b"")),
                          ("3,000 one-byte `\\n` members", gz(b"\n") * 3000)):
        f = write(os.path.join(d, "m.warc.gz"), a + middle + b)
        rows.append((f"2 records with {label} between them", batch_lines(run(
            [pith, "-q", "-f", "jsonl", f])[3])))
    return rows


def case5(pith, d):
    cut = b"WARC/1.0\r\nWARC-Type: resp"
    data = record(0) + cut + record(1) + record(2)
    rows = []
    for label, blob, name in (("plain", data, "c.warc"), ("whole-file gzip", gz(data), "c.warc.gz")):
        res = run([pith, "-f", "jsonl", write(os.path.join(d, name), blob)])
        summary = res[4].strip().splitlines()[-1:] or [""]
        summary = [re.sub(r", [\d.]+ s \([\d.]+ docs/s, [\d.]+ MB/s\)", "", summary[0])]
        rows.append((f"rec0, a header cut short, rec1, rec2 ({label})",
                     f"{batch_lines(res[3])}; exit {res[0]}; \"{summary[0]}\""))
    return rows


def case6(pith, d):
    member = bytearray(gz(record(0)))
    member[-8] ^= 0xFF  # the CRC
    f = write(os.path.join(d, "crc.warc.gz"), bytes(member) + gz(record(1)))
    res = run([pith, "-q", "-f", "jsonl", f])
    member = bytearray(gz(record(0)))
    member[-1] ^= 0x01  # ISIZE
    g = write(os.path.join(d, "isize.warc.gz"), bytes(member) + gz(record(1)))
    res2 = run([pith, "-q", "-f", "jsonl", g])
    return [("first member's CRC wrong, then a record", batch_lines(res[3])),
            ("first member's ISIZE wrong, then a record", batch_lines(res2[3]))]


def tree(d):
    names = []
    for root, _, files in os.walk(d):
        for f in files:
            names.append(os.path.relpath(os.path.join(root, f), d))
    return sorted(names)


def case7(pith, d):
    src = os.path.join(d, "in")
    os.makedirs(src)
    page = "<html><body><article><p>{}</p></article></body></html>"
    for name in ("a.html", "a.htm", "a.shtml"):
        write(os.path.join(src, name), page.format(f"The page called {name}, with words enough."))
    write(os.path.join(src, "a.html.gz"), gzip.compress(
        page.format("The page called a.html.gz, with words enough.").encode(), mtime=0))
    out = os.path.join(d, "out")
    res = run([pith, "-q", "-r", src, "-o", out])
    rows = [("`pith -r IN -o OUT`, IN holding a.html a.htm a.shtml a.html.gz",
             f"exit {res[0]}; OUT holds .../" + ", ".join(os.path.basename(n) for n in tree(out)))]
    same = os.path.join(d, "same")
    os.makedirs(same)
    write(os.path.join(same, "a.htm"), page.format("The page called a.htm, with words enough."))
    original = page.format("The page called a.html, with words enough.")
    write(os.path.join(same, "a.html"), original)
    res = run([pith, "-q", "-r", ".", "-o", ".", "-f", "html"], cwd=same)
    with open(os.path.join(same, "a.html"), encoding="utf-8", errors="replace") as f:
        kept = "a.html kept" if f.read() == original else "a.html REPLACED"
    rows.append(("`pith -r . -o . -f html` in a folder with a.htm and a.html",
                 f"exit {res[0]}; {kept}; folder holds " + ", ".join(tree(same))))
    return rows


def case8(pith, d):
    src = os.path.join(d, "r")
    deep = src
    while len(deep) < 560:
        deep = os.path.join(deep, "a-folder-name-of-forty-characters-long-x")
    os.makedirs(deep)
    write(os.path.join(deep, "page.html"),
          "<article><p>A page deep in folders, with words enough to be extracted.</p></article>")
    os.symlink(os.path.join(src, "nowhere.html"), os.path.join(src, "dangling.html"))
    os.symlink("loop.html", os.path.join(src, "loop.html"))
    res = run([pith, "-f", "jsonl", "-r", src])
    lines = []
    for line in res[3].decode("utf-8", "replace").splitlines():
        obj = json.loads(line)
        err = obj.get("error")
        code = err.get("code") if isinstance(err, dict) else err
        lines.append(f"{os.path.basename(obj.get('source') or '?')} {code or 'ok'}")
    return [(f"`-r` over a page at a {len(os.path.join(deep, 'page.html'))}-byte path, a dangling "
             "and a looping `*.html` link",
             f"exit {res[0]}; {len(lines)} lines: " + ", ".join(lines))]


def case9(pith, d):
    f = write(os.path.join(d, "page.html"),
              "<article><p>A page with words enough to be extracted by pith.</p></article>")
    rows = []
    with open("/dev/full", "wb") as full:
        res = run([pith, f], stdout=full)
    rows.append(("`pith page.html > /dev/full`", f"exit {res[0]}: {res[4].strip()[:90]}"))
    ro = os.path.join(d, "ro")
    os.makedirs(ro)
    os.chmod(d, 0o755)
    os.chmod(f, 0o644)
    os.chmod(ro, 0o555)
    res = run([pith, "-o", os.path.join(ro, "x.txt"), f], user=NOBODY)
    rows.append(("`pith -o RO/x.txt page.html`, RO read-only", f"exit {res[0]}: {res[4].strip()[:90]}"))
    g = write(os.path.join(d, "page2.html"), open(f).read())
    os.chmod(g, 0o644)
    res = run([pith, "-q", "-o", os.path.join(ro, "out"), f, g], user=NOBODY)
    rows.append(("`pith -o RO/out page.html page2.html` (a batch), RO read-only",
                 f"exit {res[0]}: {res[4].strip()[:90]}"))
    w = write(os.path.join(d, "empty.warc"), record(0, block=b""))
    rows.append(("response record with `Content-Length: 0`",
                 batch_lines(run([pith, "-q", "-f", "jsonl", w])[3])))
    w = write(os.path.join(d, "crlf.warc"), record(0, tail=b"\r\n\r\n\r\n") + record(1))
    rows.append(("a record ended by three CRLFs, then a record",
                 batch_lines(run([pith, "-q", "-f", "jsonl", w])[3])))
    return rows


def case10(pith, d):
    page = "<html><body><article><p>Ein Absatz mit genug Wörtern für den Haupttext der Seite." \
           "</p></article></body></html>"
    f = write(os.path.join(d, "u16.html"), page.encode("utf-16-le"))
    res = run([pith, "--charset", "utf-16le", f])
    return [("UTF-16LE page without BOM, `--charset utf-16le`",
             f"exit {res[0]}: {res[3].decode('utf-8', 'replace').strip()[:60] or res[4].strip()[:60]}")]


def case11(pith, d):
    f = write(os.path.join(d, "bomb.warc.gz"), warc_bomb(256))
    res = run([pith, "-q", "-f", "jsonl", f])
    rows = [(f"{size(os.path.getsize(f))} `.warc.gz`: one 4 GB record, then a page",
             f"{res[1]:.2f} s, {res[2]:.0f} MB, exit {res[0]}; " + batch_lines(res[3]))]
    rng = random.Random(5)
    blob = gz(record(0)) + b"".join(gz(bytes([rng.randrange(256)])) for _ in range(200_000)) \
        + gz(record(1))
    g = write(os.path.join(d, "garbage.warc.gz"), blob)
    res = run([pith, "-q", "-f", "jsonl", g])
    mb = os.path.getsize(g) / 1e6
    rate = f"{mb / res[1]:.1f} MB/s" if res[0] is not None and res[1] > 0 else "-"
    rows.append((f"200,000 one-byte garbage members between 2 records ({mb:.1f} MB)",
                 (f"{res[1]:.2f} s ({rate}), {res[2]:.0f} MB, exit {res[0]}; "
                  + batch_lines(res[3])[:60]) if res[0] is not None else cost(res)))
    return rows


CASES = [case1, case2, case3, case4, case5, case6, case7, case8, case9, case10, case11]


def main(argv):
    global TIMEOUT
    if len(argv) < 2:
        print(__doc__)
        return 2
    pith = os.path.abspath(argv[1])
    only = None
    rest = argv[2:]
    while rest:
        if rest[0] == "--only":
            only = {int(x) for x in rest[1].split(",")}
        elif rest[0] == "--timeout":
            TIMEOUT = float(rest[1])
        else:
            print(f"unknown argument {rest[0]}")
            return 2
        rest = rest[2:]
    print("| case | input and command | result |")
    print("|---|---|---|")
    for k, case in enumerate(CASES, 1):
        if only and k not in only:
            continue
        d = tempfile.mkdtemp(prefix=f"pith-case{k}-")
        os.chmod(d, 0o755)
        try:
            for what, result in case(pith, d):
                print(f"| {k} | {what} | {result} |", flush=True)
        finally:
            shutil.rmtree(d, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
