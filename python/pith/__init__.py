"""pith: the main text and metadata of web pages, from Python.

A binding of libpith (C): the clean article text and its metadata, without
ads, share bars, newsletter boxes, related-story lists, cookie banners,
author boxes and footers.

    import pith
    r = pith.extract(html_bytes, url="https://example.org/story")
    print(r.title, r.date, r.author)
    print(r.text)
    md = r.render("markdown", links=True)

    for r in pith.extract_many(pages, jobs=4):          # ordered, on C threads
        ...
    for rec in pith.iter_warc("crawl.warc.gz"):         # libpith's WARC reader
        if rec.result and rec.result.ok:
            print(rec.target_uri, rec.result.title)

extract() raises a pith.Error subclass (with .status and .code) for a page
that cannot be read; a page without main content gives a Result whose status
is pith.NO_CONTENT and whose text is ''.  The GIL is released while pages are
extracted.  help(pith.extract) lists the options, named as the command line's.
"""

from ._pith import (  # noqa: F401
    ERR_ARGUMENT,
    ERR_INPUT,
    ERR_LIMIT,
    ERR_NOMEM,
    ERR_TOO_LARGE,
    GUARD_ATTRIBUTES,
    GUARD_CHARREF,
    GUARD_DEPTH,
    GUARD_DUPLICATES,
    GUARD_ENCODING,
    GUARD_FOREIGN,
    GUARD_FORMATTING,
    HEADER_VERSION,
    NO_CONTENT,
    OK,
    ArgumentError,
    Error,
    InputError,
    LimitError,
    OutOfMemoryError,
    Removal,
    Result,
    TooLargeError,
    WarcRecord,
    extract,
    extract_many,
    iter_warc,
    library_version,
)

__version__ = HEADER_VERSION

__all__ = [
    "extract", "extract_many", "iter_warc", "library_version",
    "Result", "Removal", "WarcRecord",
    "Error", "InputError", "TooLargeError", "LimitError", "OutOfMemoryError", "ArgumentError",
    "OK", "NO_CONTENT", "ERR_INPUT", "ERR_TOO_LARGE", "ERR_LIMIT", "ERR_NOMEM", "ERR_ARGUMENT",
    "GUARD_DEPTH", "GUARD_ATTRIBUTES", "GUARD_FORMATTING", "GUARD_CHARREF", "GUARD_ENCODING",
    "GUARD_DUPLICATES", "GUARD_FOREIGN",
]
