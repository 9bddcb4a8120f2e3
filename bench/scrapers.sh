#!/bin/sh
# scrapers.sh — pages as other scrapers save them: the aeb and moz pages
# dumped to text by lynx (`lynx -dump -nolist`, and `lynx -dump` with its
# numbered link marks and its list of link targets) and by w3m (`w3m -dump`),
# and as two converters write them: html2text's text (`html2text -utf8
# -nobs`, a link's spaces drawn as '_') and Python html2text's Markdown
# (`python3 -m html2text`: link and picture syntax, '_emphasis_', lines
# wrapped at 78 columns); and as many crawlers save a page, one line a text
# node and no blank lines (`bench/nodes.py`, as BeautifulSoup's
# get_text("\n")); each read by pith as text (`--input text`) and scored
# by bench.py against the corpus's expected body; beside each, the dump
# itself as the output (what a user has without pith).  bench.py's own
# `--as-text` layout is one way to write a page as text; these are others,
# with their wrapped lines, indents, bullets, marks and placeholders, which
# no rule of pith may be fitted to.  One more is the text of a good
# extractor, already clean: pith's own text output (`--format text`) of
# aeb, moz and wcxb, read again as text, where little should go (a second
# pass that drops a product's or a listing's short lines as a menu loses
# what the first kept).
# Needs lynx, w3m and bench.py (skipped without them); the converters' rows
# need the Debian packages html2text and python3-html2text, which `make
# bench` installs (each row is skipped without its tool).
# Usage: sh bench/scrapers.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=$(cd "$(dirname "${1:-build/pith}")" && pwd)/$(basename "${1:-build/pith}")
# CORPORA_DIR: by default $PITH_BENCH_DIR/corpora, else ../shared/bench/corpora beside the tree
corpora=${2:-${PITH_BENCH_DIR:-$(dirname "$0")/../../shared/bench}/corpora}
bench=$corpora/../bench.py
for tool in lynx w3m; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "scrapers bench: no $tool, skipped"
        exit 0
    fi
done
if [ ! -f "$bench" ] || [ ! -d "$corpora/aeb" ]; then
    echo "scrapers bench: no bench.py or aeb corpus under $corpora, skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lynx='lynx -dump -stdin -nolist -assume_charset=utf-8 -display_charset=utf-8 -width=100'
lynxref='lynx -dump -stdin -assume_charset=utf-8 -display_charset=utf-8 -width=100'
w3m='w3m -dump -T text/html -I utf-8 -O utf-8 -cols 100'
h2t='html2text -utf8 -nobs'
md='/usr/bin/python3 -m html2text'
nodes="python3 '$(cd "$(dirname "$0")" && pwd)/nodes.py'"
has() {   # has TOOL: the converter of that row is installed
    case $1 in
        h2t) command -v html2text >/dev/null 2>&1 ;;
        md) /usr/bin/python3 -c 'import html2text' >/dev/null 2>&1 ;;
        *) true ;;
    esac
}
f1() {   # f1 CORPUS OUT: the F1 bench.py gives
    python3 "$bench" score "$1" "$2" | sed -n '1s/.* F1 \([0-9.]*\).*/\1/p'
}
own="'$pith' -q --format text"
printf '%-8s %-6s %10s %10s\n' corpus dump "the dump" pith
for corpus in aeb moz wcxb; do
    tools="lynx lynxref w3m h2t md nodes own"
    [ "$corpus" = wcxb ] && tools=own
    for tool in $tools; do
        if ! has $tool; then
            echo "scrapers bench: no $tool, its row skipped"
            continue
        fi
        eval "dump=\$$tool"
        # (a page without output is scored as empty: bench.py's status, which
        # says some page gave none, is not this script's)
        python3 "$bench" run "$corpus" "$tmp/raw" -- sh -c "$dump" >/dev/null 2>&1
        python3 "$bench" run "$corpus" "$tmp/pith" -- sh -c "$dump | '$pith' --input text --format json" \
            >/dev/null 2>&1
        printf '%-8s %-6s %10s %10s\n' "$corpus" "$tool" "$(f1 "$corpus" "$tmp/raw")" \
            "$(f1 "$corpus" "$tmp/pith")"
        rm -rf "$tmp/raw" "$tmp/pith"
    done
done
