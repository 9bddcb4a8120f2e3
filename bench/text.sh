#!/bin/sh
# text.sh — text input against HTML input, per MB: the 181 aeb pages as
# .html files, and the same pages as a text scraper saves them (their
# visible text, a blank line between blocks; converted here), each set
# through one `pith --format jsonl -j 1` process (the text run with the
# batch's line set, as a real run has it).  The best of BENCH_TEXT_RUNS
# rounds (default 5), rounds alternating; CPU time (user + system).
# Target: text at least as many MB per CPU second as HTML.
# Usage: sh bench/text.sh build/pith [CORPORA_DIR]   (run by `make bench`)
set -u
pith=${1:-build/pith}
# CORPORA_DIR: by default $PITH_BENCH_DIR/corpora, else ../shared/bench/corpora beside the tree
corpora=${2:-${PITH_BENCH_DIR:-$(dirname "$0")/../../shared/bench}/corpora}
if [ ! -d "$corpora/aeb/html" ]; then
    echo "text bench: no aeb corpus under $corpora, skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/html" "$tmp/text"
for f in "$corpora"/aeb/html/*.html.gz; do
    name=$(basename "$f" .html.gz)
    gzip -dc "$f" > "$tmp/html/$name.html" || exit 1
done
python3 - "$pith" "$tmp" "${BENCH_TEXT_RUNS:-5}" <<'PY'
import glob, html.parser, os, re, resource, subprocess, sys, time

pith, folder, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

class Text(html.parser.HTMLParser):
    """A page's visible text, a blank line between blocks."""
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "section", "article", "header", "footer", "nav", "aside", "main",
              "blockquote", "pre", "figure", "figcaption", "form", "dl", "dt", "dd", "hr"}
    SKIP = {"script", "style", "noscript", "template", "head", "svg"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCKS:
            self.out.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)

for f in sorted(glob.glob(os.path.join(folder, "html", "*.html"))):
    t = Text()
    t.feed(open(f, encoding="utf-8", errors="replace").read())
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(t.out))
    text = re.sub(r"\n\s*\n\s*", "\n\n", text).strip() + "\n"
    name = os.path.basename(f)[:-5] + ".txt"
    open(os.path.join(folder, "text", name), "w", encoding="utf-8").write(text)

sets = {}
for kind, ext, mode in (("html", "html", "html"), ("text", "txt", "text")):
    files = sorted(glob.glob(os.path.join(folder, kind, "*." + ext)))
    sets[kind] = (sum(os.path.getsize(f) for f in files) / 1e6,
                  [pith, "--format", "jsonl", "-j", "1", "-q", "--input", mode, *files])

def cpu(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.exit(f"text bench: pith failed ({p.returncode}): {p.stderr.decode()[:300]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

best = {k: float("inf") for k in sets}
for _ in range(runs):
    for k, (_, argv) in sets.items():
        best[k] = min(best[k], cpu(argv))
print(f"text input: the 181 aeb pages as HTML and as scraped text, one process each, "
      f"best of {runs}")
print(f"  {'':34} {'MB':>6} {'CPU s':>6} {'MB/CPU s':>9}")
for k, (mb, _) in sets.items():
    print(f"  {'pith --input ' + k + ' (jsonl, -j 1)':34} {mb:6.2f} {best[k]:6.2f} "
          f"{mb / best[k]:9.2f}")
ratio = (sets["text"][0] / best["text"]) / (sets["html"][0] / best["html"])
print(f"  text / HTML, MB per CPU second: {ratio:.2f}"
      f" ({'ok' if ratio >= 1.0 else 'below'} the 1.0 target)")
PY
