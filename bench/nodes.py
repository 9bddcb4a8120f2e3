"""nodes.py — a page's text as many crawlers save it: one line a text node,
no blank lines (what BeautifulSoup's get_text("\\n") writes), the text of
scripts, styles and form controls left out.  Reads the HTML on standard
input (its <meta> charset, else UTF-8), writes the text on standard output.
Usage: python3 bench/nodes.py < page.html > page.txt   (bench/scrapers.sh)"""
import html.parser
import re
import sys

SKIP = {"script", "style", "noscript", "template", "head", "svg", "select", "textarea",
        "iframe"}


class Nodes(html.parser.HTMLParser):
    """Collects the visible text nodes, each with its spaces folded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data).strip()
        if text and not self.skip:
            self.lines.append(text)


def decode(data):
    """The page's bytes as text, in the charset its <meta> names."""
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    try:
        return data.decode(m.group(1).decode("ascii") if m else "utf-8")
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def main():
    parser = Nodes()
    parser.feed(decode(sys.stdin.buffer.read()))
    parser.close()
    sys.stdout.write("\n".join(parser.lines) + "\n")


if __name__ == "__main__":
    main()
