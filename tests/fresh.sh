#!/bin/sh
# fresh.sh — the README's first command on a machine that lacks the
# packages:  make deps all && build/pith fixtures/wordpress-tech-policy/input.html
#
# Nothing is really uninstalled.  Stand-ins on PATH for dpkg-query, apt-get,
# sudo and pkg-config report every package missing until the stand-in
# apt-get has "installed" it (it records the names; from then on dpkg-query
# reports them installed and pkg-config answers as the real one does for the
# libraries they hold).  The build goes to a scratch directory, at -O0.
# Also checked: make deps asks for the build packages only, a second make
# deps installs nothing, make test-deps adds the tools the tests use, and the
# Python package then builds.
# Usage: sh tests/fresh.sh
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
real_pkg_config=$(command -v pkg-config)
mkdir "$tmp/bin"
state="$tmp/installed"
log="$tmp/apt-get.log"
: > "$state"
: > "$log"

cat > "$tmp/bin/dpkg-query" <<SH
#!/bin/sh
# dpkg-query -W -f='\${Status}' PACKAGE
for p; do :; done
grep -qx "\$p" "$state" || { echo "dpkg-query: no packages found matching \$p" >&2; exit 1; }
printf 'install ok installed'
SH
cat > "$tmp/bin/apt-get" <<SH
#!/bin/sh
echo "apt-get \$*" >> "$log"
[ "\$1" = install ] || exit 0
for p; do case "\$p" in -*|install) ;; *) echo "\$p" >> "$state" ;; esac; done
SH
cat > "$tmp/bin/sudo" <<'SH'
#!/bin/sh
exec "$@"
SH
cat > "$tmp/bin/pkg-config" <<SH
#!/bin/sh
# The real pkg-config once its package and the -dev packages of the
# libraries asked about are "installed"; before, what a bare machine says.
grep -qx pkg-config "$state" || { echo "pkg-config: not found" >&2; exit 127; }
for a; do
    case "\$a" in
    gumbo) dev=libgumbo-dev ;; libpcre2-8) dev=libpcre2-dev ;; jansson) dev=libjansson-dev ;;
    zlib) dev=zlib1g-dev ;; libexttextcat) dev=libexttextcat-dev ;;
    uchardet) dev=libuchardet-dev ;; # opened at run time: no build asks for it
    *) continue ;;
    esac
    grep -qx "\$dev" "$state" ||
        { echo "Package \$a was not found in the pkg-config search path." >&2; exit 1; }
done
exec "$real_pkg_config" "\$@"
SH
chmod +x "$tmp/bin/"*

fresh() { env PATH="$tmp/bin:$PATH" "$@"; }

# The stand-ins work: before the install, nothing is there.
if fresh pkg-config --exists gumbo 2>/dev/null || fresh dpkg-query -W libgumbo-dev 2>/dev/null; then
    echo "fresh: the stand-ins do not hide the packages"; exit 1
fi

# The README's first command, in one make invocation.
fresh make -s -C "$top" B="$tmp/build" OPT=-O0 deps all > "$tmp/make.log" 2>&1 ||
    { tail -20 "$tmp/make.log"; echo "fresh: make deps all failed"; exit 1; }
page="$top/fixtures/wordpress-tech-policy"
"$tmp/build/pith" "$page/input.html" > "$tmp/out.txt" ||
    { echo "fresh: build/pith failed"; exit 1; }
cmp -s "$tmp/out.txt" "$page/expected.txt" ||
    { echo "fresh: build/pith does not print the page's expected text"; exit 1; }

# make deps installed what building needs, and not the tools of the tests.
grep -qx libgumbo-dev "$state" && grep -qx pkg-config "$state" &&
    grep -qx build-essential "$state" ||
    { echo "fresh: make deps did not install the build packages: $(cat "$state")"; exit 1; }
for p in clang valgrind libcmocka-dev cmark-gfm libxml2-utils; do
    ! grep -qx "$p" "$state" || { echo "fresh: make deps installed $p, a test tool"; exit 1; }
done
# Once all is there, make deps does nothing.
n=$(grep -c '^apt-get install' "$log")
fresh make -s -C "$top" deps > /dev/null
[ "$(grep -c '^apt-get install' "$log")" -eq "$n" ] ||
    { echo "fresh: a second make deps ran apt-get again"; exit 1; }
# make test-deps adds the test tools, and only what is missing.
fresh make -s -C "$top" test-deps > /dev/null
last=$(grep '^apt-get install' "$log" | tail -1)
for p in clang valgrind libcmocka-dev cmark-gfm; do
    case " $last " in
    *" $p "*) ;;
    *) echo "fresh: make test-deps did not install $p ($last)"; exit 1 ;;
    esac
done
case " $last " in
*" libgumbo-dev "*) echo "fresh: make test-deps installed build packages again"; exit 1 ;;
esac
# The Python package builds with what make test-deps installed (the
# stand-in pkg-config fails for a library whose -dev package is missing).
fresh make -s -C "$top" B="$tmp/build" OPT=-O0 python > "$tmp/python.log" 2>&1 ||
    { tail -5 "$tmp/python.log"; echo "fresh: make python failed after make test-deps"; exit 1; }
echo "fresh: ok (make deps all on a machine without the packages, then build/pith; make test-deps, then make python)"
