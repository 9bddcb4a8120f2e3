#!/usr/bin/env python3
"""Checks of pith's JSONL output for tests/batch.sh (standard library only).

    batch_check.py expect OUT.jsonl EXPECT.json
        one line per expected document, in order; each line is a JSON object
        with a source and a status ("ok", "no_content", or the error's code:
        every line, of every command, is checked for this); errors exactly where expected (same code), none
        elsewhere; the url of every page record as expected
    batch_check.py same A.jsonl B.jsonl
        the same documents in the same order, "source" and "offset" aside
        (they name the file a record came from and its place in it)
    batch_check.py prefix PART.jsonl FULL.jsonl
        PART's lines are FULL's first lines, and fewer of them
    batch_check.py fields OUT.jsonl N KEY=VALUE...
        line N (from 1) has these values (VALUE is JSON, or a bare string;
        error.code reaches into the error object)
"""

import json
import sys


def lines(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    out = []
    for i, line in enumerate(raw, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            sys.exit(f"{path}:{i}: not JSON: {e}")
        if not isinstance(obj, dict) or "source" not in obj:
            sys.exit(f"{path}:{i}: not an object with a source")
        status = obj.get("status")
        code = error_code(obj)
        if code is not None and status != code:
            sys.exit(f"{path}:{i}: status {status!r}, but the error is {code!r}")
        if code is None and status not in ("ok", "no_content"):
            sys.exit(f"{path}:{i}: status {status!r} without an error")
        out.append(obj)
    return out


def error_code(obj):
    err = obj.get("error")
    return err.get("code") if isinstance(err, dict) else None


def check_expect(out_path, expect_path):
    got = lines(out_path)
    with open(expect_path, encoding="utf-8") as f:
        want = json.load(f)
    if len(got) != len(want):
        sys.exit(f"{out_path}: {len(got)} lines, expected {len(want)}")
    bad = 0
    for i, (g, w) in enumerate(zip(got, want), 1):
        if error_code(g) != w["error"]:
            print(f"  line {i}: error {error_code(g)!r}, expected {w['error']!r}")
            bad += 1
        elif w["url"] and g.get("url") != w["url"]:
            print(f"  line {i}: url {g.get('url')!r}, expected {w['url']!r}")
            bad += 1
        elif not w["error"] and "text" not in g:
            print(f"  line {i}: no text")
            bad += 1
    if bad:
        sys.exit(f"{out_path}: {bad} lines differ from {expect_path}")


def without_place(obj):
    return {k: v for k, v in obj.items() if k not in ("source", "offset")}


def check_same(a_path, b_path):
    a, b = lines(a_path), lines(b_path)
    if len(a) != len(b):
        sys.exit(f"{a_path}: {len(a)} lines, {b_path}: {len(b)}")
    for i, (x, y) in enumerate(zip(a, b), 1):
        if without_place(x) != without_place(y):
            keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
            sys.exit(f"line {i} differs between {a_path} and {b_path}: {keys}")


def check_prefix(part_path, full_path):
    with open(part_path, encoding="utf-8") as f:
        part = f.read().split("\n")
    with open(full_path, encoding="utf-8") as f:
        full = f.read().split("\n")
    if part[-1] != "":
        sys.exit(f"{part_path}: the last line is cut short")
    part.pop()
    lines(part_path)
    if len(part) >= len(full) - 1:
        sys.exit(f"{part_path}: {len(part)} lines, not fewer than the whole run's")
    if part != full[:len(part)]:
        sys.exit(f"{part_path}: not the first lines of {full_path}")


def check_fields(out_path, n, pairs):
    obj = lines(out_path)[int(n) - 1]
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            want = json.loads(value)
        except ValueError:
            want = value
        got = error_code(obj) if key == "error.code" else obj.get(key)
        if got != want:
            sys.exit(f"{out_path}:{n}: {key} is {got!r}, expected {want!r}")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "expect":
        check_expect(*args)
    elif cmd == "same":
        check_same(*args)
    elif cmd == "prefix":
        check_prefix(*args)
    elif cmd == "fields":
        check_fields(args[0], args[1], args[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
