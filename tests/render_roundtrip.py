#!/usr/bin/env python3
"""Round-trip checks of pith's output formats (standard library + Debian tools).

For each page, pith renders the article in every format and this script checks:

  markdown  cmark-gfm (CommonMark + pipe tables) parses the Markdown back into the
            same blocks as the article tree (seen through pith's XML output, a
            direct serialisation of the tree): headings with their level,
            paragraphs with their text and inline markup (emphasis, strong, code,
            links with their targets, images), lists with type and start, items,
            quotes, code blocks with language and exact text, tables with every
            cell, thematic breaks.  No raw HTML may appear.
  xml       well-formed and valid against src/render/pith-xml.rng (xmllint).
  html      well-formed (xmllint, as XML), the --fragment output too; no script,
            style, event handler or javascript: URL.
  json      parses; "html" and "markdown" fields equal the html fragment and the
            markdown output.
  csv       parses (RFC 4180) into a header and one record of the same width
            whose text equals the text output.
  yaml      the --with-metadata front matter parses (python3-yaml) and its values
            equal the JSON metadata.

Usage: render_roundtrip.py PITH PAGE.html...   (options after PAGE are taken
from a file named "args" beside it, as in fixtures/)
Prints one line per failure and "render-roundtrip: N passed, N failed".
Also importable: bench/formats.py uses markdown_blocks / xml_blocks.
"""

import csv
import html.parser
import io
import json
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parent / "src" / "render" / "pith-xml.rng"
CM = "{http://commonmark.org/xml/1.0}"
FLAGS = ["--links", "--images"]


def run(cmd, data=None):
    r = subprocess.run(cmd, input=data, capture_output=True, timeout=60)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ inline signature


_mode = threading.local()  # .emphasis: record emphasis and strong marks (default True)


class Inline:
    """Collects a paragraph's inline signature: texts and markup, whitespace folded."""

    def __init__(self):
        self.parts = []

    def text(self, s):
        if self.parts and isinstance(self.parts[-1], str):
            self.parts[-1] += s
        else:
            self.parts.append(s)

    def mark(self, m):
        if m in ("em(", ")em", "strong(", ")strong") and not getattr(_mode, "emphasis", True):
            return  # comparing without emphasis: its content stays, the marks go
        self.parts.append(("m", m))

    def result(self):
        out = []
        for p in self.parts:
            if isinstance(p, str):
                p = re.sub(r"\s+", " ", p)
                if p:
                    out.append(p)
            else:
                out.append(p[1])
        # spaces at the edges of the block and around marks are not structure
        s = "\x00".join(out)
        s = re.sub(r" ?\x00 ?", "\x00", s).strip(" \x00")
        return tuple(x for x in s.split("\x00") if x != "")


def pith_inlines(elem, sig, skip_blocks=False):
    """Inline signature of a pith XML element's mixed content."""
    if elem.text:
        sig.text(elem.text)
    for c in elem:
        if c.tag == "hi":
            kind = "em" if c.get("rend") == "#i" else "strong"
            sig.mark(kind + "(")
            pith_inlines(c, sig)
            sig.mark(")" + kind)
        elif c.tag == "code" and c.get("{http://www.w3.org/XML/1998/namespace}space") is None:
            sig.mark("code:" + squash(c.text or ""))
        elif c.tag == "ref":
            sig.mark("link(" + c.get("target", ""))
            pith_inlines(c, sig)
            sig.mark(")link")
        elif c.tag == "graphic":
            sig.mark("img:" + c.get("src", ""))
        elif c.tag == "lb":
            sig.text(" ")
        elif skip_blocks:
            pass
        if c.tail:
            sig.text(c.tail)


def cm_inlines(elem, sig):
    for c in elem:
        tag = c.tag.replace(CM, "")
        if tag == "text":
            sig.text(c.text or "")
        elif tag == "code":
            sig.mark("code:" + squash(c.text or ""))
        elif tag in ("softbreak", "linebreak"):
            sig.text(" ")
        elif tag in ("emph", "strong"):
            kind = "em" if tag == "emph" else "strong"
            sig.mark(kind + "(")
            cm_inlines(c, sig)
            sig.mark(")" + kind)
        elif tag == "link":
            sig.mark("link(" + c.get("destination", ""))
            cm_inlines(c, sig)
            sig.mark(")link")
        elif tag == "image":
            sig.mark("img:" + c.get("destination", ""))
        elif tag == "html_inline":
            sig.mark("RAW-HTML:" + (c.text or ""))
        else:
            sig.mark("UNKNOWN:" + tag)


# ------------------------------------------------------------------ pith xml -> blocks

BLOCK_TAGS = {"head", "p", "list", "table", "quote", "figure", "hr", "caption", "item", "row", "cell"}


def is_block(e):
    return e.tag in BLOCK_TAGS or (
        e.tag == "code" and e.get("{http://www.w3.org/XML/1998/namespace}space") is not None)


def sanitize_info(s):
    m = re.match(r"[A-Za-z0-9_+.#-]*", s or "")
    return m.group(0)


def flat_text(e):
    """All text of an element, blocks separated by spaces, images left out."""
    out = [e.text or ""]
    for c in e:
        sep = " " if is_block(c) or c.tag == "lb" else ""
        out.append(sep + flat_text(c) + sep)
        out.append(c.tail or "")
    return squash("".join(out))


def pith_block(c, out):
    if c.tag == "head":
        sig = Inline()
        pith_inlines(c, sig)
        out.append(("h", int(c.get("rend")[1]), sig.result()))
    elif c.tag == "p":
        sig = Inline()
        pith_inlines(c, sig)
        out.append(("p", sig.result()))
    elif c.tag == "list":
        ordered = c.get("rend") == "ol"
        out.append(("list", "ordered" if ordered else "bullet",
                    int(c.get("start", "1")) if ordered else None))
        for item in c:
            out.append(("item",))
            pith_mixed(item, out)
            out.append(("/item",))
        out.append(("/list",))
    elif c.tag == "quote":
        out.append(("quote",))
        for b in c:
            pith_block(b, out)
        out.append(("/quote",))
    elif c.tag == "code":
        out.append(("code", sanitize_info(c.get("lang")), (c.text or "").strip("\n")))
    elif c.tag == "hr":
        out.append(("hr",))
    elif c.tag in ("figure", "caption"):
        pith_mixed(c, out)
    elif c.tag == "table":
        rows = []
        for r in c:
            if r.tag == "caption":
                pith_mixed(r, out)
            elif r.tag == "row":
                rows.append([flat_text(cell) for cell in r])
        cols = max((len(r) for r in rows), default=0)
        if cols:
            out.append(("table", tuple(tuple(r + [""] * (cols - len(r))) for r in rows)))


def pith_mixed(e, out):
    """Item, caption, figure: each run of inlines reads as a paragraph (an item's
    only paragraph is written without <p>), blocks as themselves."""
    run = ET.Element("p")
    run.text = e.text

    def flush():
        sig = Inline()
        pith_inlines(run, sig)
        if sig.result():
            out.append(("p", sig.result()))

    for c in e:
        if is_block(c):
            flush()
            run = ET.Element("p")
            run.text = c.tail
            pith_block(c, out)
        else:
            run.append(c)
    flush()


def xml_blocks(xml_bytes, part="main", emphasis=True):
    _mode.emphasis = emphasis
    root = ET.fromstring(xml_bytes)
    main = root.find(part)
    out = []
    if main is not None:
        for c in main:
            pith_block(c, out)
    return out


# ------------------------------------------------------------------ cmark xml -> blocks


def cm_block(c, out):
    tag = c.tag.replace(CM, "")
    if tag == "heading":
        sig = Inline()
        cm_inlines(c, sig)
        out.append(("h", int(c.get("level")), sig.result()))
    elif tag == "paragraph":
        sig = Inline()
        cm_inlines(c, sig)
        out.append(("p", sig.result()))
    elif tag == "list":
        ordered = c.get("type") == "ordered"
        out.append(("list", c.get("type"), int(c.get("start", "1")) if ordered else None))
        for item in c:
            out.append(("item",))
            for b in item:
                cm_block(b, out)
            out.append(("/item",))
        out.append(("/list",))
    elif tag == "block_quote":
        out.append(("quote",))
        for b in c:
            cm_block(b, out)
        out.append(("/quote",))
    elif tag == "code_block":
        out.append(("code", c.get("info", ""), (c.text or "").strip("\n")))
    elif tag == "thematic_break":
        out.append(("hr",))
    elif tag == "table":
        rows = []
        for r in c:
            cells = []
            for cell in r:
                cells.append(squash(cm_text(cell)))
            rows.append(tuple(cells))
        out.append(("table", tuple(rows)))
    else:
        out.append(("UNEXPECTED", tag, (c.text or "")[:80]))


def cm_text(e):
    """The text of cmark inlines: texts and code, breaks as spaces, images left out."""
    out = []
    for c in e:
        tag = c.tag.replace(CM, "")
        if tag in ("text", "code"):
            out.append(c.text or "")
        elif tag in ("softbreak", "linebreak"):
            out.append(" ")
        elif tag != "image":
            out.append(cm_text(c))
    return "".join(out)


def markdown_blocks(md_bytes, cmark="cmark-gfm", emphasis=True):
    _mode.emphasis = emphasis
    cmd = [cmark, "-e", "table", "--to", "xml"] if cmark == "cmark-gfm" else [cmark, "--to", "xml"]
    rc, out, err = run(cmd, md_bytes)
    if rc != 0:
        raise RuntimeError(f"{cmark} failed: {err}")
    root = ET.fromstring(out)
    blocks = []
    for c in root:
        cm_block(c, blocks)
    return blocks


def diff_blocks(want, got):
    """First difference between two block lists, or None."""
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            return f"block {i}: tree {a!r}\n      markdown {b!r}"
    if len(want) != len(got):
        extra = (want[len(got):] or got[len(want):])[:2]
        return f"{len(want)} blocks in the tree, {len(got)} in the markdown; next: {extra!r}"
    return None


# ------------------------------------------------------------------ the checks


def xmllint(args, data):
    rc, _, err = run(["xmllint", "--noout"] + args + ["-"], data)
    return rc == 0, err.strip()[:300]


SAFE_TAGS = {"html", "head", "meta", "title", "link", "body", "article", "section", "h1", "h2",
             "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "caption", "thead",
             "tbody", "tr", "th", "td", "blockquote", "pre", "code", "figure", "figcaption",
             "hr", "em", "strong", "a", "img", "br", "div"}
SAFE_ATTRS = {"lang", "charset", "name", "content", "rel", "href", "src", "alt", "title",
              "start", "class"}
SAFE_URL = re.compile(r"^(https?:|ftp:|mailto:|tel:|(?![A-Za-z][A-Za-z0-9+.-]*:))", re.I)


class SafetyCheck(html.parser.HTMLParser):
    """Every tag and attribute on a short list; link and image URLs of safe schemes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in SAFE_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name not in SAFE_ATTRS:
                self.problems.append(f"<{tag} {name}=>")
            elif name in ("href", "src") and not SAFE_URL.match(value or ""):
                self.problems.append(f"<{tag} {name}={value[:40]!r}>")
            elif name == "rel" and value != "canonical":
                self.problems.append(f"<{tag} rel={value!r}>")

    handle_startendtag = handle_starttag


def unsafe_markup(data):
    p = SafetyCheck()
    p.feed(data.decode("utf-8"))
    p.close()
    return p.problems


def check_page(pith, page, extra_args, notes):
    """Returns a list of failure messages for one page; adds remarks to notes."""
    fails = []
    base = [pith] + extra_args + FLAGS

    def render(fmt, *more):
        rc, out, err = run(base + ["-f", fmt] + list(more) + [str(page)])
        return rc, out, err

    rc, text, err = render("text")
    if rc != 0:
        return []  # no article: nothing to compare (exit status is tested elsewhere)
    rc, md, err = render("markdown")
    rc2, xml, _ = render("xml")
    if rc or rc2:
        return [f"markdown/xml render failed: {err}"]

    ok, msg = xmllint(["--relaxng", str(SCHEMA)], xml)
    has_comments = b"<comments>" in xml
    if not ok:
        fails.append(f"xml does not validate: {msg}")
    else:
        # Markdown puts the comments after the article and a "* * *" break.
        def tree(emphasis):
            blocks = xml_blocks(xml, "main", emphasis)
            if has_comments:
                blocks += [("hr",)] + xml_blocks(xml, "comments", emphasis)
            return blocks

        d = diff_blocks(tree(False), markdown_blocks(md, emphasis=False))
        if d:
            fails.append(f"markdown differs from the tree: {d}")
        else:
            d = diff_blocks(tree(True), markdown_blocks(md))
            if d:
                notes.append(f"emphasis that CommonMark cannot express was left out: {d}")

    rc, page_html, _ = render("html")
    ok, msg = xmllint([], page_html)
    if not ok:
        fails.append(f"html is not well-formed: {msg}")
    problems = unsafe_markup(page_html)
    if problems:
        fails.append(f"html holds unsafe markup: {problems[:5]}")
    rc, frag, _ = render("html", "--fragment")
    ok, msg = xmllint([], b"<div>" + frag + b"</div>")
    if not ok:
        fails.append(f"html fragment is not well-formed: {msg}")

    rc, js, _ = render("json", "--json-include", "html,markdown")
    try:
        obj = json.loads(js)
        if not has_comments:  # the other outputs add the comments, the fields do not
            if obj.get("markdown", "") + "\n" != md.decode("utf-8"):
                fails.append("json markdown field differs from the markdown output")
            if obj.get("html", "") != frag.decode("utf-8"):
                fails.append("json html field differs from the html fragment")
            if obj.get("text") + "\n" != text.decode("utf-8"):
                fails.append("json text differs from the text output")
        if obj.get("status") != ("ok" if rc == 0 else "no_content"):
            fails.append(f"json status {obj.get('status')!r} does not match exit status {rc}")
    except ValueError as e:
        fails.append(f"json does not parse: {e}")
        obj = {}

    rc, csv_out, _ = render("csv")
    try:
        rows = list(csv.reader(io.StringIO(csv_out.decode("utf-8"), newline="")))
        if len(rows) != 2 or len(rows[0]) != len(rows[1]):
            fails.append(f"csv has {len(rows)} rows of widths {[len(r) for r in rows]}")
        elif dict(zip(rows[0], rows[1])).get("text") != obj.get("text"):
            fails.append("csv text differs from the json text")
        elif dict(zip(rows[0], rows[1])).get("status") != obj.get("status"):
            fails.append("csv status differs from the json status")
    except (csv.Error, UnicodeDecodeError) as e:
        fails.append(f"csv does not parse: {e}")

    for fmt in ("text", "markdown"):
        rc, out, _ = render(fmt, "--with-metadata")
        fails += check_front_matter(out.decode("utf-8"), obj, fmt)
    return fails


def check_front_matter(out, obj, fmt):
    try:
        import yaml
    except ImportError:
        return []
    if not out.startswith("---\n") or "\n---\n\n" not in out:
        return [f"{fmt} --with-metadata: no front matter"]
    head = out[4:out.index("\n---\n\n") + 1]
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as e:
        return [f"{fmt} front matter is not YAML: {e}"]
    bad = [k for k, v in meta.items() if obj.get(k) != v]
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        try:
            if json.loads(value) != meta.get(key):
                bad.append(key + " (as JSON)")
        except ValueError:
            bad.append(key + " (not JSON)")
    return [f"{fmt} front matter differs from json: {bad}"] if bad else []


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    for tool in ("cmark-gfm", "xmllint"):
        if not shutil.which(tool):
            print(f"render-roundtrip: {tool} is missing (make deps)")
            return 1
    pith = argv[1]
    passed = failed = 0
    for page in argv[2:]:
        page = Path(page)
        args_file = page.parent / "args"
        extra = args_file.read_text().split() if args_file.exists() else []
        notes = []
        fails = check_page(pith, page, extra, notes)
        for n in notes:
            print(f"NOTE {page}: {n}")
        if fails:
            failed += 1
            for f in fails:
                print(f"FAIL {page}: {f}")
        else:
            passed += 1
    print(f"render-roundtrip: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
