#!/bin/sh
# deps.sh — install the Debian packages pith needs, when any is missing.
# Usage: sh scripts/deps.sh PACKAGE...   (run by `make deps`)
# Uses apt-get, through sudo when not root.  Does nothing when all are there.
set -eu
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "pith: installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
