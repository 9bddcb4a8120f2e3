#!/bin/sh
# startup.sh — what one process costs on a small page: `pith PAGE` against a
# process that reads the same page, parses it with gumbo and exits
# (build/gumbo-parse, bench/startup/gumbo_parse.c, linked with gumbo alone).
#
# PAGE is bench/startup/page.html (1 KB: a title, metadata, a menu, a short
# article with an ad label, a footer).  Each command runs BENCH_STARTUP_RUNS
# times (default 200), the two alternating so that a busy moment hits both;
# the figure is the median CPU time of a run (user + system of the child,
# from wait4), and the ratio pith / gumbo.  Target: at most 1.5.  When
# valgrind is installed, the instructions of one run of each are counted too
# (callgrind), a figure that does not depend on the machine's load.
# Usage: sh bench/startup.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=${1:-build/pith}
here=$(cd "$(dirname "$0")" && pwd)
gumbo=$(dirname "$pith")/gumbo-parse
page=${BENCH_STARTUP_PAGE:-$here/startup/page.html}
[ -x "$gumbo" ] || { echo "startup bench: no $gumbo (make $gumbo)"; exit 1; }
python3 - "$pith" "$gumbo" "$page" "${BENCH_STARTUP_RUNS:-200}" <<'PY'
import os, shutil, statistics, subprocess, sys

pith, gumbo, page, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
commands = {"pith": [pith, page], "gumbo": [gumbo, page]}


def cpu_ms(argv):
    """User + system CPU of one run of argv, in ms."""
    # posix_spawn (vfork and exec), so that the child's time is the
    # command's and not that of a copy of this Python process.
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
    _, status, ru = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"startup bench: {argv} failed")
    return (ru.ru_utime + ru.ru_stime) * 1e3


def instructions(argv):
    """Instructions of one run under callgrind, or None without valgrind."""
    if not shutil.which("valgrind"):
        return None
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in r.stderr.splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].replace(",", ""))
    return None


times = {name: [] for name in commands}
for _ in range(runs):
    for name, argv in commands.items():
        times[name].append(cpu_ms(argv))
med = {name: statistics.median(t) for name, t in times.items()}
size = os.path.getsize(page)
print(f"start-up on a {size}-byte page, {runs} runs each, median CPU (user + system) of a run:")
for name in commands:
    print(f"  {name:6} {med[name]:6.2f} ms   ({' '.join(commands[name][:1])})")
print(f"  ratio pith / gumbo  {med['pith'] / med['gumbo']:.2f}   (target: at most 1.5)")
ins = {name: instructions(argv) for name, argv in commands.items()}
if all(ins.values()):
    print(f"  instructions: pith {ins['pith']:,}, gumbo {ins['gumbo']:,}, "
          f"ratio {ins['pith'] / ins['gumbo']:.2f}")
PY
