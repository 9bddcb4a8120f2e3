#!/bin/sh
# install.sh — install pith into a scratch prefix, then build and run a small
# program against the installed header and libraries found through
# pkg-config, once linked dynamically and once statically; also check that
# DESTDIR staging puts every file under the staging root.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

make -s -C "$top" install PREFIX="$prefix" >/dev/null
abi=$(sed -n 's/^#define PITH_ABI_VERSION \([0-9]*\)$/\1/p' "$top/include/pith.h")
for f in bin/pith include/pith.h lib/libpith.a lib/libpith.so "lib/libpith.so.$abi" \
         lib/pkgconfig/pith.pc share/man/man1/pith.1; do
    [ -e "$prefix/$f" ] || { echo "install: missing $prefix/$f"; exit 1; }
done
# libpith.so -> libpith.so.ABI -> the file, which names itself libpith.so.ABI.
[ "$(readlink "$prefix/lib/libpith.so")" = "libpith.so.$abi" ] &&
    readlink "$prefix/lib/libpith.so.$abi" | grep -q "^libpith\.so\.$abi\.[0-9]*\.[0-9]*$" ||
    { echo "install: the links libpith.so -> libpith.so.$abi -> file are wrong"; exit 1; }

# The manual page documents every long option that --help lists.
for o in $("$prefix/bin/pith" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
    grep -q -- "$esc" "$prefix/share/man/man1/pith.1" ||
        { echo "install: the manual page does not document $o"; exit 1; }
done

cat > "$tmp/demo.c" <<'C'
#include <pith.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    static const char page[] =
        "<html><body><article><p>Installed libraries extract this paragraph, which is long "
        "enough, with commas, to be the article.</p></article></body></html>";
    pith_options opt;
    pith_options_init(&opt);
    pith_result *r = pith_extract(page, sizeof page - 1, &opt);
    if (!r || r->status != PITH_OK || !strstr(r->text, "Installed libraries"))
        return 1;
    printf("%s %s %s\n", pith_version(), pith_status_code(r->status), r->text);
    pith_result_free(r);
    return 0;
}
C
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
# shellcheck disable=SC2046
cc -o "$tmp/demo" "$tmp/demo.c" $(pkg-config --cflags --libs pith)
LD_LIBRARY_PATH="$prefix/lib" "$tmp/demo" | grep -q "^[0-9.]* ok Installed libraries" ||
    { echo "install: dynamic demo failed"; exit 1; }
# The program records the SONAME, so it runs on any libpith of the same ABI.
readelf -d "$tmp/demo" | grep -q "Shared library: \[libpith\.so\.$abi\]" ||
    { echo "install: the demo is not linked against libpith.so.$abi"; exit 1; }
# shellcheck disable=SC2046
cc -o "$tmp/demo-static" "$tmp/demo.c" $(pkg-config --cflags pith) "$prefix/lib/libpith.a" \
    $(pkg-config --static --libs pith | sed 's/-lpith//')
"$tmp/demo-static" | grep -q "Installed libraries" || { echo "install: static demo failed"; exit 1; }

make -s -C "$top" install PREFIX=/usr DESTDIR="$tmp/stage" >/dev/null
[ -x "$tmp/stage/usr/bin/pith" ] && [ -f "$tmp/stage/usr/include/pith.h" ] &&
    [ -f "$tmp/stage/usr/lib/pkgconfig/pith.pc" ] &&
    grep -q '^prefix=/usr$' "$tmp/stage/usr/lib/pkgconfig/pith.pc" ||
    { echo "install: DESTDIR staging is wrong"; exit 1; }
echo "install: ok (dynamic, static, DESTDIR)"
