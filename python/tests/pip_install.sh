#!/bin/sh
# pip_install.sh — `pip install ./python` as a user does it, into throw-away
# virtual environments of Debian's python (offline: --no-index), both ways
# the package links libpith: statically from the tree's build/ (after
# `make`), and against an installed libpith.so found with pkg-config (after
# `make install`, here into a scratch prefix).  Each installed package is
# imported from outside the tree and extracts a page.
# Usage: sh python/tests/pip_install.sh [PYTHON]   (run by make python-tests)
set -eu
py=${1:-/usr/bin/python3}
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$top/python/build" "$top"/python/*.egg-info' EXIT

check() { # VENV WHAT: import the installed package from elsewhere and extract
    (cd "$tmp" && "$1/bin/python" - "$top/fixtures/basic-article/input.html" <<'PY'
import sys, pith
assert "/site-packages/pith/" in pith.__file__, pith.__file__
import os
for typed in ("py.typed", "__init__.pyi"):   # the type stubs ship with the package
    assert os.path.exists(os.path.join(os.path.dirname(pith.__file__), typed)), typed
r = pith.extract(open(sys.argv[1], "rb").read())
assert r.ok and "river" in r.text, r
assert pith.library_version() == pith.__version__, (pith.library_version(), pith.__version__)
PY
    ) || { echo "pip_install: $2: the installed package does not work"; exit 1; }
}

# After `make`: linked statically from build/libpith.a.
"$py" -m venv --system-site-packages "$tmp/static"
"$tmp/static/bin/pip" install -q --no-index "$top/python" > "$tmp/static.log" 2>&1 ||
    { cat "$tmp/static.log"; echo "pip_install: static: pip install failed"; exit 1; }
check "$tmp/static" static
so=$(find "$tmp/static" -name '_pith*.so')
if ldd "$so" | grep -q libpith; then
    echo "pip_install: static: the module needs libpith.so"; exit 1
fi

# After `make install`: linked against the installed libpith.so (pkg-config).
make -s -C "$top" install PREFIX="$tmp/prefix" > /dev/null
"$py" -m venv --system-site-packages "$tmp/shared"
PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig" PITH_LINK=shared \
    "$tmp/shared/bin/pip" install -q --no-index "$top/python" > "$tmp/shared.log" 2>&1 ||
    { cat "$tmp/shared.log"; echo "pip_install: shared: pip install failed"; exit 1; }
check "$tmp/shared" shared
so=$(find "$tmp/shared" -name '_pith*.so')
ldd "$so" > "$tmp/ldd.txt"; grep -q "$tmp/prefix/lib/libpith.so" "$tmp/ldd.txt" ||
    { cat "$tmp/ldd.txt"; echo "pip_install: shared: the module does not load the installed libpith.so"; exit 1; }
echo "pip_install: ok (static from build/, shared from an installed prefix)"
