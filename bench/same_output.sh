#!/bin/sh
# same_output.sh — a fingerprint of everything pith writes for every corpus
# page, in every output format, so that a change meant to move code and not
# behaviour can prove it: record the fingerprint before the change, record it
# again after, and compare.
#
#   sh bench/same_output.sh build/pith before.txt     # on the old build
#   sh bench/same_output.sh build/pith after.txt      # on the new build
#   cmp before.txt after.txt                          # same output everywhere
#
# Each line is "<config> <page> <sha256>" for one page in one configuration:
# every format (text, markdown, html, json, xml, csv) and the options that
# change what a renderer writes (links, images, front matter, fragments,
# comments, the HTML and Markdown copies inside JSON).  Pages are read from
# the shared corpora (../shared/bench/corpora, or $PITH_BENCH_DIR/corpora)
# through the batch front end, two at a time.
set -eu
pith=$(cd "$(dirname "${1:?usage: same_output.sh PITH OUT}")" && pwd)/$(basename "$1")
out=${2:?usage: same_output.sh PITH OUT}
top=$(cd "$(dirname "$0")/.." && pwd)
corpora=${PITH_BENCH_DIR:-$top/../shared/bench}/corpora
[ -d "$corpora/aeb" ] || { echo "same_output: no corpora at $corpora" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The pages, as paths relative to the corpora folder so that the output
# tree (which mirrors input paths) does not depend on where it lives.
cd "$corpora"
{ ls aeb/html/*.html.gz; ls moz/test-pages/*/source.html; ls wcxb/html/*.html.gz; } > "$tmp/list"
run() {   # run NAME OPTIONS...
    name=$1; shift
    "$pith" -q -j 2 --files-from "$tmp/list" -o "$tmp/$name" "$@" 2>/dev/null || true
    (cd "$tmp/$name" && find . -type f | LC_ALL=C sort | xargs sha256sum) |
        sed "s|^\([0-9a-f]*\)  \./|$name \1 |" >> "$tmp/sums"
}
: > "$tmp/sums"
run text        -f text
run text-meta   -f text --with-metadata --comments
run markdown    -f markdown --links --images --with-metadata
run html        -f html
run html-frag   -f html --fragment --links --images
run json        -f json --json-include html,markdown --comments
run xml         -f xml --links --images
run csv         -f csv
# The batch's own format: one line per page, in input order.
"$pith" -q -j 2 --files-from "$tmp/list" -f jsonl --json-include html,markdown 2>/dev/null |
    nl -ba | while read -r n line; do
        printf '%s' "$line" | sha256sum | sed "s|  -\$| jsonl line$n|"
    done | awk '{ print "jsonl", $1, $3 }' >> "$tmp/sums" || true
# "<config> <page> <sha256>", sorted, so that a diff names the pages.
awk '{ print $1, $3, $2 }' "$tmp/sums" | LC_ALL=C sort > "$out"
echo "same_output: $(wc -l < "$out") outputs fingerprinted in $out"
