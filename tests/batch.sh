#!/bin/sh
# batch.sh — batch runs of the pith command line: WARC archives (damaged
# ones too), folders, lists of files, ordered JSONL whatever -j, -o DIR,
# limits, --isolate, SIGINT, and the streaming-mapper contract (split a WARC,
# run one pith per part, concatenate: the same records as one run).
#
# Test WARCs are built here from fixtures/ by tests/warc_gen.py; nothing
# binary is committed.
# Usage: sh tests/batch.sh build/pith
set -u
. "$(dirname "$0")/harness.sh"
check="python3 $here/batch_check.py"
gen="python3 $here/warc_gen.py"
# expect_rc NAME WANT GOT
expect_rc() { if [ "$3" -eq "$2" ]; then ok; else fail "$1: exit code $3, expected $2"; fi; }

page=$here/../fixtures/basic-article/input.html

# ---------------------------------------------------------------- files, folders, lists
mkdir -p tree/sub tree/.hidden
cp "$page" tree/a.html
gzip -c "$page" > tree/sub/b.html.gz
cp "$page" tree/.hidden/c.html
echo "not a page" > tree/sub/notes.dat
: > tree/sub/empty.htm
printf '%s\n' "$page" "" missing.html > list

"$pith" -q -j 2 "$page" missing.html tree -r tree --files-from list > files.jsonl 2> files.err
expect_rc "files: exit code" 5 $?
n=$(wc -l < files.jsonl)
[ "$n" -eq 8 ] && ok || fail "files: $n lines, expected 8"
$check fields files.jsonl 1 "source=$page" 'error=null' && ok || fail "files: line 1"
$check fields files.jsonl 2 source=missing.html error.code=unreadable && ok || fail "files: line 2"
$check fields files.jsonl 3 source=tree error.code=unreadable && ok || fail "files: line 3"
$check fields files.jsonl 4 source=tree/a.html 'error=null' && ok || fail "files: line 4"
$check fields files.jsonl 5 source=tree/sub/b.html.gz 'error=null' && ok || fail "files: gzip page"
$check fields files.jsonl 6 source=tree/sub/empty.htm error.code=bad_input && ok || fail "files: empty page"
$check fields files.jsonl 7 "source=$page" && ok || fail "files: --files-from line 1"
$check fields files.jsonl 8 source=missing.html error.code=unreadable && ok || fail "files: list"
[ ! -s files.err ] && ok || fail "files: --quiet printed $(cat files.err)"

# The text of a page in a batch is the text of the page alone.
"$pith" "$page" > alone.txt
python3 -c 'import json,sys; sys.stdout.write(json.loads(open("files.jsonl").readline())["text"])' > batch.txt
printf '\n' >> batch.txt
cmp -s alone.txt batch.txt && ok || fail "files: batch text differs from a single run"

# -o DIR mirrors the tree, one file per page in the chosen format, the
# input's name kept and the format's extension added.
"$pith" -q -r tree -o out --format text 2> out.err
expect_rc "-o DIR: exit code" 5 $?
cmp -s out/tree/a.html.txt alone.txt && ok || fail "-o DIR: out/tree/a.html.txt"
cmp -s out/tree/sub/b.html.gz.txt alone.txt && ok || fail "-o DIR: out/tree/sub/b.html.gz.txt"
[ ! -e out/tree/sub/empty.htm.txt ] && [ ! -e out/tree/.hidden ] && ok || fail "-o DIR: extra files"
grep -q "tree/sub/empty.htm: bad_input" out.err && ok || fail "-o DIR: no error for empty.htm"
"$pith" -q -r tree -o out.json --format json 2> /dev/null
python3 -c 'import json; assert json.load(open("out.json/tree/sub/empty.htm.json"))["error"]["code"] == "bad_input"' &&
    ok || fail "-o DIR json: the failed page has its error"

# Pages that differ only in their extension, or given twice, never share a
# file: a.html, a.htm, a.shtml, a.html.gz each get theirs (they once all
# wrote a.txt, the last one winning), a second a.html a number.
mkdir -p same
for e in html htm shtml; do
    sed "s|</article>|<p>Written from the $e page, one more sentence.</p></article>|" "$page" > same/a.$e
done
sed "s|</article>|<p>Written from the gz page, one more sentence.</p></article>|" "$page" |
    gzip > same/a.html.gz
"$pith" -q -f text -o sameout same/a.html same/a.htm same/a.shtml same/a.html.gz same/a.html
expect_rc "-o DIR: same names" 0 $?
for e in html htm shtml; do
    grep -q "from the $e page" "sameout/same/a.$e.txt" && ok || fail "-o DIR: sameout/same/a.$e.txt"
done
grep -q "from the gz page" sameout/same/a.html.gz.txt && ok || fail "-o DIR: the gzip page's file"
cmp -s sameout/same/a.html.txt sameout/same/a.html.2.txt && ok ||
    fail "-o DIR: a page given twice did not get a numbered file"

# -o DIR never writes over an input: html output into the input folder
# itself (it once replaced a.html with the extraction of a.htm), run twice:
# the second run reads the pages, not the first run's outputs (it once read
# a.html.html as a page, wrote a.html.html.html and numbered a.html.2.html),
# and replaces those outputs.
mkdir -p self
cp same/a.html same/a.htm self/
cp self/a.html a-before.html
cp self/a.htm htm-before.html
(cd self && "$pith" -q -r . -o . -f html) 2> self.err
expect_rc "-o DIR onto the inputs" 0 $?
cmp -s self/a.html a-before.html && cmp -s self/a.htm htm-before.html && ok ||
    fail "-o DIR overwrote its input"
[ -f self/a.html.html ] && [ -f self/a.htm.html ] && ok || fail "-o DIR: outputs beside the inputs"
cp self/a.html.html first-output.html
(cd self && "$pith" -q -r . -o . -f html) 2>> self.err
cmp -s self/a.html a-before.html && cmp -s self/a.html.html first-output.html && ok ||
    fail "-o DIR: a second run overwrote an input or changed an output"
[ ! -e self/a.html.2.html ] && [ ! -e self/a.html.html.html ] && ok ||
    fail "-o DIR: a second run read the first run's outputs as pages"
# The same with the input folder given by name: outputs land in in/in/ and
# a second and third run leave the same files.
mkdir -p twice/in
cp same/a.html same/a.htm twice/in/
(cd twice && "$pith" -q -r in -o in && find . -type f | sort > ../twice-1.list &&
    "$pith" -q -r in -o in && "$pith" -q -r in -o in && find . -type f | sort > ../twice-3.list)
expect_rc "-r DIR -o DIR, three runs" 0 $?
cmp -s twice-1.list twice-3.list && [ "$(wc -l < twice-1.list)" -eq 4 ] && ok ||
    fail "-r DIR -o DIR: runs after the first read its outputs ($(tr '\n' ' ' < twice-3.list))"
# Written into a folder inside the input tree: not read back as input.
(cd self && "$pith" -q -r . -o sub -f html) 2>> self.err
[ ! -e self/sub/sub ] && ok || fail "-o DIR inside -r DIR was read as input"

# -r takes long paths (over 512 bytes were passed over) and reports links
# that lead nowhere (dangling, or a loop) as unreadable.
long=deep/$(printf 'd%.0s' $(seq 1 100))/$(printf 'e%.0s' $(seq 1 100))/$(printf 'f%.0s' $(seq 1 100))
long=$long/$(printf 'g%.0s' $(seq 1 100))/$(printf 'h%.0s' $(seq 1 100))
mkdir -p "$long"
cp "$page" "$long/$(printf 'n%.0s' $(seq 1 200)).html"
ln -s nowhere.html deep/dangling.html
ln -s loop.html deep/loop.html
"$pith" -q -r deep > deep.jsonl
expect_rc "-r: links that lead nowhere" 5 $?
[ "$(wc -l < deep.jsonl)" -eq 3 ] && ok || fail "-r deep: $(wc -l < deep.jsonl) lines, expected 3"
$check fields deep.jsonl 1 source=deep/dangling.html error.code=unreadable && ok ||
    fail "-r: dangling link"
$check fields deep.jsonl 3 source=deep/loop.html error.code=unreadable && ok || fail "-r: loop"
grep -q '"error":' deep.jsonl && [ "$(grep -c '"text":' deep.jsonl)" -eq 1 ] && ok ||
    fail "-r: the page under a long path"

# Output that cannot be written is exit status 4 (it was 3, the input's,
# for one page, and 5 for a batch).
"$pith" "$page" > /dev/full 2> /dev/null
expect_rc "one page to /dev/full" 4 $?
"$pith" "$page" -o "$page/x.txt" 2> /dev/null
expect_rc "one page to -o in a file" 4 $?
"$pith" -q -f text "$page" "$page" -o "$page/sub" 2> /dev/null
expect_rc "a batch to -o in a file" 4 $?
name=$(printf 'n%.0s' $(seq 1 250)).html
cp "$page" "$name"
"$pith" -q -f text "$page" "$name" -o toolong 2> toolong.err
expect_rc "a batch with an unwritable output" 4 $?
[ "$(find toolong -name input.html.txt | wc -l)" -eq 1 ] && ok ||
    fail "a batch with an unwritable output: the other page was not written"

# -o NAME.jsonl is a JSONL file, not a directory, for one page too.
"$pith" -q -o named.jsonl tree/a.html tree/sub/b.html.gz
[ -f named.jsonl ] && [ "$(wc -l < named.jsonl)" -eq 2 ] && ok || fail "-o NAME.jsonl"
"$pith" -q -o one-page.jsonl tree/a.html
$check fields one-page.jsonl 1 source=tree/a.html status=ok && ok || fail "-o ONE.jsonl"
# --format wins over the extension of -o.
"$pith" -f text -o said-text.json tree/a.html
cmp -s said-text.json alone.txt && ok || fail "--format text -o NAME.json"

# A clean batch exits 0; a summary goes to stderr; usage errors exit 2.
"$pith" -j 1 tree/a.html tree/sub/b.html.gz > clean.jsonl 2> clean.err
expect_rc "clean batch" 0 $?
grep -q "^pith: 2 documents, 2 extracted, 0 empty, 0 errors, " clean.err && ok ||
    fail "summary: $(cat clean.err)"
"$pith" --format text tree/a.html tree/a.html > /dev/null 2>&1
expect_rc "several pages as text" 2 $?
"$pith" -j 0 tree/a.html > /dev/null 2>&1
expect_rc "-j 0" 2 $?
"$pith" --format jsonl "$page" > one.jsonl 2> one.err
$check fields one.jsonl 1 "source=$page" 'error=null' && ok || fail "--format jsonl, one page"
grep -q "^pith: 1 document, 1 extracted, 0 empty, 0 errors, " one.err && ok ||
    fail "summary of one document: $(cat one.err)"

# --max-bytes: a larger document is an error record, not the end of the run.
"$pith" -q --max-bytes 1K "$page" tree/a.html > big.jsonl
expect_rc "--max-bytes" 5 $?
$check fields big.jsonl 2 error.code=too_large && ok || fail "--max-bytes: too_large"

# --isolate: the watchdog stops a stuck worker, a crash is reported, the
# other pages come out as in threads.  (PITH_TEST_WORKER_FAULT is a test hook
# of the worker processes: hang or die on a page holding a marker.)
for i in 1 2 3 4 5 6; do cp "$page" "iso$i.html"; done
echo "<!-- STALL-HERE -->" >> iso2.html
echo "<!-- CRASH-HERE -->" >> iso4.html
"$pith" -q -j 2 iso*.html > threads.jsonl
PITH_TEST_WORKER_FAULT="stall:STALL-HERE,crash:CRASH-HERE" \
    "$pith" -q -j 2 --isolate --timeout-ms 300 iso*.html > isolated.jsonl
expect_rc "--isolate: exit code" 5 $?
$check fields isolated.jsonl 2 error.code=timeout && ok || fail "--isolate: timeout"
$check fields isolated.jsonl 4 error.code=worker_crashed && ok || fail "--isolate: crash"
for i in 1 3 5 6; do
    sed -n "${i}p" threads.jsonl > t.line
    sed -n "${i}p" isolated.jsonl > i.line
    cmp -s t.line i.line && ok || fail "--isolate: line $i differs from threads"
done

# SIGINT while waiting on a slow pipe ends the run at once, with its summary.
sleep 5 | "$pith" --format jsonl > slow.jsonl 2> slow.err &
pid=$!
sleep 0.5
kill -INT $pid
wait $pid
expect_rc "SIGINT on a slow pipe" 130 $?
grep -q "^pith: 0 documents, .*interrupted" slow.err && ok || fail "slow pipe: $(cat slow.err)"

# ---------------------------------------------------------------- WARC archives
# The fixtures' pages, five times over, in a per-record gzip WARC with
# damaged records between them: one line per document, in order, errors
# exactly at the damage, the same for -j 1 and -j 4, and from standard input.
$gen "$fixtures" all.warc.gz --broken --repeat 5
# What the summary must say, from the generator's expectation: every
# document, the damaged ones as errors, and the requests, images and
# warcinfo record as skipped records (one image after every 10th page).
set -- $(python3 -c 'import json, sys
e = json.load(open("all.warc.gz.expect.json"))
pages = sum(1 for x in e if not x["error"])
print(len(e), len(e) - pages, pages + pages // 10 + 1)')
docs=$1 errors=$2 skipped=$3
"$pith" -j 1 all.warc.gz > j1.jsonl 2> j1.err
expect_rc "warc -j 1" 5 $?
$check expect j1.jsonl all.warc.gz.expect.json && ok || fail "warc: records vs expectation"
grep -q "^pith: $docs documents, .* $errors errors, .*$skipped WARC records skipped" j1.err &&
    ok || fail "warc summary: $(cat j1.err), expected $docs documents, $errors errors"
"$pith" -q -j 4 all.warc.gz > j4.jsonl
cmp -s j1.jsonl j4.jsonl && ok || fail "warc: -j 4 output differs from -j 1"
"$pith" -q -j 2 < all.warc.gz > stdin.jsonl
$check same j1.jsonl stdin.jsonl && ok || fail "warc: standard input differs"
$check fields stdin.jsonl 1 source=- && ok || fail "warc: stdin source"
# The first record is the first fixture in name order: its URL is the
# generator's, not a name that a new fixture could sort before.
first_url=$(python3 -c 'import json; print(json.load(open("all.warc.gz.expect.json"))[0]["url"])')
case $first_url in
https://fixtures.example/*/) ok ;;
*) fail "warc: the generator's first URL is '$first_url'" ;;
esac
$check fields j1.jsonl 1 source=all.warc.gz warc_date=2024-05-01T12:00:00Z http_status=200 \
    url="$first_url" status=ok && ok ||
    fail "warc: fields of the first record"

# The offset of a record is its gzip member's: the record can be read from it.
for line in 1 6; do
    off=$(python3 -c "import json; print(json.loads(open('j1.jsonl').readlines()[$line - 1])['offset'])")
    id=$(python3 -c "import json; print(json.loads(open('j1.jsonl').readlines()[$line - 1])['warc_record_id'])")
    tail -c +$((off + 1)) all.warc.gz | gzip -dc 2>/dev/null | head -4 | grep -q "$id" && ok ||
        fail "warc: offset $off does not hold record $id"
done

# On a terminal, the progress line fits its width and, as the size of the
# WARC is known (a file, or standard input redirected from one), shows the
# MB read of the total and an ETA.
$gen "$fixtures" long.warc.gz --repeat 20
progress="python3 $here/progress_check.py"
$progress 40 --eta -- "$pith" -j 1 long.warc.gz && ok || fail "progress line, 40 columns"
$progress 120 --eta -- "$pith" -j 1 - < long.warc.gz && ok || fail "progress line, stdin"
$progress 16 -- "$pith" -j 1 long.warc.gz && ok || fail "progress line, 16 columns"

# --isolate gives the same records as threads.
"$pith" -q -j 2 --isolate all.warc.gz > isolate.jsonl
cmp -s j1.jsonl isolate.jsonl && ok || fail "warc: --isolate output differs"

# --max-bytes on records: the larger pages are too_large records, the run
# goes on.
"$pith" -q --max-bytes 4K all.warc.gz > small.jsonl
n=$(grep -c '"code":"too_large"' small.jsonl)
[ "$n" -gt 10 ] && [ "$(wc -l < small.jsonl)" -eq "$docs" ] && ok ||
    fail "warc --max-bytes: $n too_large records"

# Plain and whole-file gzip WARCs hold the same documents.
$gen "$fixtures" clean.warc.gz --limit 30
$gen "$fixtures" clean.warc --limit 30 --compress none
$gen "$fixtures" whole.warc.gz --limit 30 --compress file
"$pith" -q clean.warc.gz > clean-gz.jsonl
expect_rc "clean warc" 0 $?
$check expect clean-gz.jsonl clean.warc.gz.expect.json && ok || fail "clean warc"
"$pith" -q clean.warc > clean-plain.jsonl
$check same clean-gz.jsonl clean-plain.jsonl && ok || fail "plain warc differs"
"$pith" -q whole.warc.gz > clean-whole.jsonl
$check same clean-gz.jsonl clean-whole.jsonl && ok || fail "whole-file gzip warc differs"
# -o DIR with a WARC: one file per record, named by offset.
"$pith" -q -o warcout -f text clean.warc.gz
n=$(find warcout/clean.warc.gz -name '*.txt' | wc -l)
[ "$n" -eq 30 ] && ok || fail "warc -o DIR: $n files"

# The streaming-mapper contract (Hadoop Streaming, Spark RDD.pipe): split a
# WARC into parts, one pith per part reading stdin in parallel,
# concatenate: the same records as a single run.
$gen "$fixtures" split.warc.gz --repeat 2 --parts 3
$gen "$fixtures" whole2.warc.gz --repeat 2
for i in 1 2 3; do "$pith" -q -j 1 < "split.warc.gz.part$i" > "map$i.jsonl" & done
wait
cat map1.jsonl map2.jsonl map3.jsonl > mapped.jsonl
"$pith" -q whole2.warc.gz > single.jsonl
$check same mapped.jsonl single.jsonl && ok || fail "mapper contract: parts differ from one run"

# SIGINT finishes the documents begun, writes them, and exits 130 with
# a summary: the output is the first lines of a whole run, none cut.
# The archive arrives through a pipe that stalls after its first third,
# so pith is surely still running when the signal comes, however fast
# the machine.
rm -f int.fifo
mkfifo int.fifo
"$pith" -j 1 < int.fifo > int.jsonl 2> int.err &
pid=$!
third=$(( $(wc -c < all.warc.gz) / 3 ))
( head -c "$third" all.warc.gz; sleep 4; tail -c "+$((third + 1))" all.warc.gz ) \
    > int.fifo 2>/dev/null &
feeder=$!
sleep 1
kill -INT $pid
wait $pid
rc=$?
wait $feeder 2>/dev/null || true
expect_rc "SIGINT" 130 $rc
grep -q "interrupted" int.err && ok || fail "SIGINT: no summary ($(cat int.err))"
"$pith" -q -j 1 < all.warc.gz > j1-stdin.jsonl
$check prefix int.jsonl j1-stdin.jsonl && ok || fail "SIGINT: output"
[ "$(wc -l < int.jsonl)" -gt 0 ] && [ "$(wc -l < int.jsonl)" -lt "$docs" ] && ok ||
    fail "SIGINT: $(wc -l < int.jsonl) lines written, expected some but not all"

echo "batch: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
