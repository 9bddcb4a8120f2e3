#!/bin/sh
# text.sh — pages that arrive as text, through the command line: the choice
# between HTML and text (--input, and auto from the bytes), --explain on
# lines, a WET file (WARC conversion records) built here from the text pages
# of fixtures/text-wet, the lines a site repeats across a batch, and the
# same output whatever -j.
# Usage: sh tests/text.sh build/pith
set -u
. "$(dirname "$0")/harness.sh"
wet="$fixtures/text-wet"

news=$fixtures/text-scraped-news/input.txt

# ---------------------------------------------------------------- input type
# auto: a text page is read as text (the fixture's paragraphs, not one block)
"$pith" "$news" > auto.txt
"$pith" --input text "$news" > text.txt
cmp -s auto.txt text.txt && ok || fail "input: auto and text differ on a text page"
[ "$(grep -c . auto.txt)" -ge 5 ] && ok || fail "input: the text page came back in fewer than 5 paragraphs"
# html: the same bytes as one HTML text node, its line breaks gone
"$pith" --input html "$news" > html.txt
[ "$(grep -c . html.txt)" -eq 1 ] && ok || fail "input: --input html did not read the text as one paragraph"
# an HTML page stays HTML under auto, and becomes text under --input text
page=$fixtures/basic-article/input.html
"$pith" "$page" > page-auto.txt
"$pith" --input html "$page" > page-html.txt
cmp -s page-auto.txt page-html.txt && ok || fail "input: auto read an HTML page otherwise than --input html"
"$pith" --input text "$page" > page-text.txt 2>/dev/null
grep -q "<" page-text.txt && ok || fail "input: --input text on HTML did not keep the tags as text"
"$pith" --input xml "$page" > /dev/null 2>&1
[ $? -eq 2 ] && ok || fail "input: an unknown --input value is not a usage error"

# ---------------------------------------------------------------- explain
"$pith" --explain "$news" > /dev/null 2> explain.txt
grep -q "removed line 25 <p> by phrase:ad (text" explain.txt && ok ||
    fail "explain: no line number and rule for the advertisement label"
grep -q "removed line 43 <p> by author-box" explain.txt && ok ||
    fail "explain: the author box's name is not named as such"

# ---------------------------------------------------------------- WET
python3 "$here/wet_gen.py" gazette.wet.gz "https://gazette.example/ferry=$wet/page1.txt" \
    "https://gazette.example/school=$wet/page2.txt" "https://gazette.example/mill=$wet/page3.txt"
python3 "$here/wet_gen.py" gazette.wet "https://gazette.example/ferry=$wet/page1.txt" \
    "https://gazette.example/school=$wet/page2.txt" "https://gazette.example/mill=$wet/page3.txt" --plain
"$pith" -q -j 1 gazette.wet.gz > wet1.jsonl
[ $? -eq 0 ] && ok || fail "wet: exit code"
[ "$(wc -l < wet1.jsonl)" -eq 3 ] && ok || fail "wet: not one record per conversion record"
python3 - wet1.jsonl "$wet" <<'PY' && ok || fail "wet: records differ from the expected texts and fields"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
urls = ["https://gazette.example/ferry", "https://gazette.example/school", "https://gazette.example/mill"]
bad = 0
for n, (row, url) in enumerate(zip(rows, urls), 1):
    want = open(f"{sys.argv[2]}/expected{n}.txt", encoding="utf-8").read().rstrip("\n")
    if row.get("text") != want:
        print(f"  record {n}: text {row.get('text')!r:.200}"); bad += 1
    if row.get("url") != url or row.get("hostname") != "gazette.example":
        print(f"  record {n}: url {row.get('url')!r}"); bad += 1
    if not (row.get("warc_record_id") or "").startswith("<urn:uuid:") or row.get("warc_date") != "2024-05-01T12:00:00Z":
        print(f"  record {n}: record fields {row}"); bad += 1
sys.exit(1 if bad else 0)
PY
# the site's blurb under each story goes only because the other two pages hold it
"$pith" "$wet/page1.txt" | grep -q "published every Thursday" && ok ||
    fail "wet: a page alone lost the blurb (the test would prove nothing)"
grep -q "published every Thursday" wet1.jsonl && fail "wet: the repeated blurb was kept" || ok
"$pith" -q -j 3 gazette.wet.gz > wet3.jsonl
cmp -s wet1.jsonl wet3.jsonl && ok || fail "wet: -j 3 differs from -j 1"
"$pith" -q < gazette.wet > wet-stdin.jsonl
sed 's/"source":"[^"]*","offset":[0-9]*//' wet1.jsonl > a.jsonl
sed 's/"source":"[^"]*","offset":[0-9]*//' wet-stdin.jsonl > b.jsonl
cmp -s a.jsonl b.jsonl && ok || fail "wet: a plain WET on standard input differs"
"$pith" -q --isolate gazette.wet.gz > wet-isolate.jsonl
[ "$(wc -l < wet-isolate.jsonl)" -eq 3 ] && ok || fail "wet: --isolate lost records"

# ---------------------------------------------------------------- batches of text files
# 60 pages of four sites, each page its own story between the site's lines:
# the same output at any -j, and the sites' lines gone from every page
python3 - <<'PY'
import os
sites = ["north", "south", "east", "west"]
things = ["harbour", "school", "market", "bridge", "library", "station", "orchard", "mill",
          "chapel", "ferry", "bakery", "forge"]
os.makedirs("pages", exist_ok=True)
for i in range(60):
    site = sites[i % 4]
    # each page its own story: no two pages share a paragraph
    mine = [things[i % 12] + " " + things[i // 12], things[(i + 3) % 12] + " and the " + things[i // 12],
            things[(i + 7) % 12]]
    story = " ".join(f"This story tells of the {w} in the town of {site.title()}field, where the council met again on a wet Tuesday to talk it over." for w in mine)
    with open(f"pages/{i:03d}-{site}.txt", "w", encoding="utf-8") as f:
        f.write(f"The {site.title()} Courier\n\nNews\n\nSport\n\nStory number {i} of the week\n\n{story}\n\n{story}\n\n"
                f"The {site.title()} Courier is owned by its readers and has been printed in the valley since the year the railway came.\n\n"
                f"Courier House, {i % 4 + 1} Station Road\n")
PY
"$pith" -q -j 1 -r pages > pages1.jsonl
"$pith" -q -j 4 -r pages > pages4.jsonl
[ "$(wc -l < pages1.jsonl)" -eq 60 ] && ok || fail "files: -r did not take the 60 .txt pages"
cmp -s pages1.jsonl pages4.jsonl && ok || fail "files: -j 4 differs from -j 1"
grep -q "owned by its readers" pages1.jsonl && fail "files: a line every page holds was kept" || ok
grep -q "council met again" pages1.jsonl && ok || fail "files: the stories are gone"

# ---------------------------------------------------------------- lynx and w3m
# Article fixtures dumped by the text browsers themselves (when installed:
# `make test-deps` installs them): every paragraph the HTML page's extraction
# holds comes back from the dump, and none of the browser's furniture (lynx's
# "References" list of link targets, its link numbers, the site's menu).
dumped() {   # dumped TOOL FIXTURE: the fixture's page as TOOL dumps it
    case $1 in
    lynx) lynx -dump -force_html -display_charset=utf-8 "$fixtures/$2/input.html" ;;
    w3m) w3m -dump -T text/html -O utf-8 "$fixtures/$2/input.html" ;;
    esac
}
for tool in lynx w3m; do
    if ! command -v "$tool" > /dev/null 2>&1; then
        echo "text: $tool is not installed, its dumps are not checked"
        continue
    fi
    for page in basic-article blog-with-comments news-paywall-fr news-rtl-ar wordpress-tech-policy; do
        dumped "$tool" "$page" > "$tool-$page.txt"
        "$pith" --input text "$tool-$page.txt" > "$tool-$page.out"
        python3 - "$fixtures/$page/expected.txt" "$tool-$page.out" "$tool-$page.txt" <<'PY' && ok ||
import re, sys
norm = lambda s: re.sub(r"\s+", " ", s).strip()
paragraphs = [norm(p).lstrip("- ") for p in open(sys.argv[1], encoding="utf-8") if norm(p)]
got = open(sys.argv[2], encoding="utf-8").read()
dump = open(sys.argv[3], encoding="utf-8").read()
flat = norm(got)
bad = [p for p in paragraphs if p not in flat]
for p in bad:
    print(f"  missing: {p[:80]}")
# the dump must hold the furniture for its absence to prove anything
if "References" in dump and ("References" in got or re.search(r"^ *\d+\. (file|https?):", got, re.M)):
    print("  lynx's list of link targets was kept"); bad.append(1)
if re.search(r"\[\d+\]", got):
    print("  a link number was kept"); bad.append(1)
sys.exit(1 if bad else 0)
PY
            fail "dump: $tool -dump of $page lost an article paragraph or kept its links"
    done
done
# the site's menu and footer of the basic page are in the dump, not in the result
grep -q "Most read" lynx-basic-article.txt 2>/dev/null && ! grep -q "Most read" lynx-basic-article.out &&
    ! grep -q "All rights reserved" lynx-basic-article.out && ok ||
    { command -v lynx > /dev/null 2>&1 && fail "dump: lynx's page kept its menu or footer"; }

echo "text: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
