#!/bin/sh
# abi.sh — the shared library's interface: libpith.so exports exactly the
# functions pith.h declares with PITH_API (no internal symbol, no linker
# symbol), its SONAME is libpith.so.PITH_ABI_VERSION, and the build
# directory holds the links a program is linked and run through.
# Usage: sh tests/abi.sh BUILD_DIR
set -eu
b=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
h="$top/include/pith.h"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

abi=$(sed -n 's/^#define PITH_ABI_VERSION \([0-9]*\)$/\1/p' "$h")
[ -n "$abi" ] || { echo "abi: no PITH_ABI_VERSION in pith.h"; exit 1; }

# The declared functions: the name before '(' on each PITH_API line.
grep '^PITH_API ' "$h" | sed 's/(.*//; s/.*[ *]//' | sort > "$tmp/declared"
nm -D --defined-only "$b/libpith.so" | awk '{ print $NF }' | sort > "$tmp/exported"
if ! cmp -s "$tmp/declared" "$tmp/exported"; then
    echo "abi: libpith.so exports other symbols than pith.h declares (< declared, > exported):"
    diff "$tmp/declared" "$tmp/exported" || true
    exit 1
fi
n=$(wc -l < "$tmp/declared")
[ "$n" -ge 15 ] || { echo "abi: only $n functions found in pith.h"; exit 1; }

soname=$(readelf -d "$b/libpith.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = "libpith.so.$abi" ] ||
    { echo "abi: SONAME is '$soname', not libpith.so.$abi"; exit 1; }
[ -L "$b/libpith.so" ] && [ -L "$b/libpith.so.$abi" ] &&
    [ "$(readlink "$b/libpith.so")" = "libpith.so.$abi" ] ||
    { echo "abi: $b/libpith.so -> libpith.so.$abi -> file: links missing"; exit 1; }
echo "abi: ok ($n functions exported, SONAME $soname)"
