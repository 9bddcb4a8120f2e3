#!/usr/bin/env python3
"""The batch progress line on a terminal (standard library only).

    progress_check.py COLUMNS [--eta] -- PITH ARGS...

Runs PITH ARGS with standard error on a pseudo-terminal COLUMNS wide (standard
output to /dev/null, standard input the caller's), and checks what it drew: at
least one progress line, each of them narrower than the terminal (the last
column is left free, so no line wraps), and with --eta, a line that shows the
MB read of the total ("0.4/0.9 MB") and an ETA.  The summary line at the end is
a plain line and is not held to the width.
"""

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios


def run_on_pty(columns, argv):
    """What argv wrote to standard error, on a pty `columns` wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                            stderr=slave)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        out += chunk
    proc.wait()
    os.close(master)
    return out.decode("utf-8", "replace")


def main():
    args = sys.argv[1:]
    columns = int(args.pop(0))
    eta = args[0] == "--eta"
    if eta:
        args.pop(0)
    if args[0] != "--":
        sys.exit(__doc__)
    out = run_on_pty(columns, args[1:]).replace("\x1b[K", "")
    # Progress lines are redrawn after a carriage return; the summary is
    # the line that counts the documents extracted.
    lines = [s for s in re.split(r"[\r\n]", out) if s.startswith("pith: ")]
    drawn = [s for s in lines if " extracted, " not in s]
    summary = [s for s in lines if " extracted, " in s]
    if not drawn:
        sys.exit(f"progress: no progress line drawn (got {out!r})")
    wide = [s for s in drawn if len(s) > columns - 1]
    if wide:
        sys.exit(f"progress: {len(wide)} lines wider than {columns - 1} columns: {wide[0]!r}")
    if eta and not any(re.search(r", [0-9.]+/[0-9.]+ MB, .*ETA [0-9:]+$", s) for s in drawn):
        sys.exit(f"progress: no line with the bytes read and an ETA: {drawn[-3:]!r}")
    if len(summary) != 1:
        sys.exit(f"progress: {len(summary)} summary lines: {summary!r}")
    print(f"progress: {len(drawn)} lines of at most {max(map(len, drawn))} columns "
          f"(terminal {columns}), e.g. {drawn[-1]!r}")


if __name__ == "__main__":
    main()
