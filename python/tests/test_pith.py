"""Tests of the pith Python package (unittest; run by `make python-tests`).

Every page is a fixture of fixtures/ and every expected output is either the
fixture's hand-written expected file or the command-line tool's output for
the same input (PITH_CLI, default build/pith), which the fixture tests check
against those files in turn.
"""

import gc
import io
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import unittest
from pathlib import Path

import pith

HERE = Path(__file__).resolve().parent
TOP = HERE.parents[1]
FIXTURES = TOP / "fixtures"
CLI = os.environ.get("PITH_CLI", str(TOP / "build" / "pith"))
sys.path.insert(0, str(HERE))
import fixture_warcs  # noqa: E402

FORMATS = {"txt": "text", "md": "markdown", "html": "html", "xml": "xml", "csv": "csv"}


def fixture_dirs():
    return [d for d in sorted(FIXTURES.iterdir()) if (d / "input.html").is_file()]


def fixture_options(d):
    """The fixture's command-line args as (extract keywords, render keywords)."""
    args = (d / "args").read_text().split() if (d / "args").exists() else []
    ex, rend = {}, {}
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-u", "--url", "--favor", "--pagetype"):
            ex[{"-u": "url", "--url": "url"}.get(a, a[2:])] = args[i + 1]
            i += 1
        elif a == "--comments":
            ex["comments"] = True
        elif a in ("--links", "--images"):
            rend[a[2:]] = True
        elif a == "--with-title":
            rend["title"] = True
        else:
            raise AssertionError(f"{d.name}: args option {a} not mapped in this test")
        i += 1
    return ex, rend


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


class Fixtures(unittest.TestCase):
    def test_every_format_equals_the_expected_files(self):
        n = 0
        for d in fixture_dirs():
            ex, rend = fixture_options(d)
            r = pith.extract((d / "input.html").read_bytes(), **ex)
            for ext, fmt in FORMATS.items():
                want = d / f"expected.{ext}"
                if want.exists():
                    n += 1
                    with self.subTest(fixture=d.name, format=fmt):
                        kw = rend if fmt != "text" else {}
                        self.assertEqual(r.render(fmt, **kw), want.read_bytes().decode("utf-8"))
        self.assertGreater(n, 30)

    def test_expected_json_fields(self):
        for d in fixture_dirs():
            want = d / "expected.json"
            if not want.exists():
                continue
            ex, _ = fixture_options(d)
            got = pith.extract((d / "input.html").read_bytes(), **ex).as_dict()
            for k, v in json.loads(want.read_text(encoding="utf-8")).items():
                with self.subTest(fixture=d.name, field=k):
                    self.assertEqual(got.get(k), v)

    def test_as_dict_is_the_json_output_and_attributes_agree(self):
        for d in fixture_dirs():
            for comments in (False, True):
                r = pith.extract((d / "input.html").read_bytes(), comments=comments)
                js = json.loads(r.render("json"))
                with self.subTest(fixture=d.name, comments=comments):
                    self.assertEqual(r.as_dict(), js)
                    for k, v in js.items():
                        if k == "confidence":
                            self.assertAlmostEqual(r.confidence, v, delta=0.0051)
                        elif k == "status":
                            self.assertEqual(r.code, v)
                        elif k != "error":
                            self.assertEqual(getattr(r, k), v, k)

    def test_text_equals_the_command_line(self):
        for d in fixture_dirs()[:8]:
            out = subprocess.run([CLI, str(d / "input.html")], capture_output=True).stdout
            r = pith.extract((d / "input.html").read_bytes())
            self.assertEqual(r.render("text").encode(), out, d.name)
            out = subprocess.run([CLI, "--with-title", "-f", "markdown", str(d / "input.html")],
                                 capture_output=True).stdout
            self.assertEqual(r.render("markdown", title=True).encode(), out, d.name)


class Extract(unittest.TestCase):
    page = (FIXTURES / "basic-article" / "input.html").read_bytes()

    def test_result_fields(self):
        r = pith.extract(self.page, "https://example.org/a/story")
        self.assertEqual(r.status, pith.OK)
        self.assertEqual(r.code, "ok")
        self.assertTrue(r.ok)
        self.assertIsNone(r.error)
        self.assertIn("river", r.text)
        self.assertEqual(r.hostname, "example.org")
        self.assertIsInstance(r.tags, list)
        self.assertTrue(0 <= r.confidence <= 1)
        self.assertIsNone(r.removed)
        self.assertIn("pith.Result ok", repr(r))

    def test_str_input_is_read_as_utf8_whatever_the_page_declares(self):
        raw = (FIXTURES / "legacy-windows-1251-ru" / "input.html").read_bytes()
        from_bytes = pith.extract(raw)
        decoded = raw.decode(from_bytes.charset)
        self.assertEqual(pith.extract(decoded).text, from_bytes.text)
        self.assertEqual(pith.extract(bytearray(raw)).text, from_bytes.text)
        self.assertEqual(pith.extract(memoryview(raw)).text, from_bytes.text)

    def test_no_content_is_a_result(self):
        r = pith.extract(b"<html><body><nav><a href=/>Home</a></nav></body></html>")
        self.assertEqual(r.status, pith.NO_CONTENT)
        self.assertEqual(r.text, "")
        self.assertFalse(r.ok)

    def test_errors_are_exceptions_with_the_status(self):
        with self.assertRaises(pith.InputError) as cm:
            pith.extract(b"")
        self.assertEqual((cm.exception.status, cm.exception.code), (pith.ERR_INPUT, "bad_input"))
        self.assertIsInstance(cm.exception, pith.Error)
        with self.assertRaises(pith.TooLargeError) as cm:
            pith.extract(self.page, max_bytes=100)
        self.assertEqual(cm.exception.status, pith.ERR_TOO_LARGE)
        with self.assertRaises(pith.ArgumentError) as cm:
            pith.extract(self.page, base_url="no-scheme")
        self.assertEqual(cm.exception.code, "bad_argument")
        self.assertIsInstance(cm.exception, ValueError)
        with self.assertRaises(pith.LimitError):
            pith.extract(self.page * 20, max_memory=4096)
        with self.assertRaises(ValueError):
            pith.extract(self.page, favor="fast")
        with self.assertRaises(ValueError):
            pith.extract(self.page, max_depth=-1)
        with self.assertRaises(TypeError):
            pith.extract(self.page, no_such_option=1)
        with self.assertRaises(TypeError):
            pith.extract(12)
        with self.assertRaises(TypeError):
            pith.extract(self.page, "https://a.example/", url="https://b.example/")

    def test_options_reach_the_library(self):
        tables = (FIXTURES / "tables-code-es" / "input.html").read_bytes()
        with_tables = pith.extract(tables).render("markdown")
        without = pith.extract(tables, no_tables=True).render("markdown")
        self.assertIn("|", with_tables)
        self.assertNotIn("| ---", without)
        blog = (FIXTURES / "blog-with-comments" / "input.html").read_bytes()
        self.assertIsNone(pith.extract(blog).comments)
        self.assertTrue(pith.extract(blog, comments=True).comments)
        self.assertIsNone(pith.extract(blog, no_meta=True).author)
        r = pith.extract(self.page, explain=True)
        self.assertTrue(r.removed)
        first = r.removed[0]
        self.assertEqual(tuple(first), (first.stage, first.rule, first.tag, first.snippet,
                                        first.text_len))
        self.assertIn(first.stage, ("clean", "content"))
        self.assertIsInstance(first.text_len, int)
        rel = b"<html><body><article><p>" + b"Words and more words, " * 20 + \
            b"<a href='x/y'>a link</a>.</p></article></body></html>"
        md = pith.extract(rel, base_url="https://base.example/dir/").render("markdown", links=True)
        self.assertIn("https://base.example/dir/x/y", md)

    def test_pagetype_option_is_the_command_lines(self):
        forum = FIXTURES / "forum-thread-noscript" / "input.html"
        self.assertEqual(pith.extract(forum.read_bytes()).pagetype, "forum")
        for kind in ("article", "listing"):
            r = pith.extract(forum.read_bytes(), pagetype=kind)
            self.assertEqual(r.pagetype, kind)
            out = subprocess.run([CLI, "--pagetype", kind, "-f", "json", str(forum)],
                                 capture_output=True).stdout
            self.assertEqual(r.render("json"), out.decode(), kind)
        self.assertNotEqual(pith.extract(forum.read_bytes(), pagetype="article").text,
                            pith.extract(forum.read_bytes()).text)
        got = list(pith.extract_many([forum.read_bytes()], pagetype="article"))
        self.assertEqual(got[0].pagetype, "article")
        with self.assertRaises(pith.ArgumentError):
            pith.extract(self.page, pagetype="blog")
        with self.assertRaises(TypeError):
            pith.extract(self.page, pagetype=1)

    def test_results_pickle(self):
        blog = (FIXTURES / "blog-with-comments" / "input.html").read_bytes()
        decoded = (FIXTURES / "legacy-windows-1251-ru" / "input.html").read_bytes().decode("cp1251")
        for r in (pith.extract(blog, "https://example.org/a", comments=True, explain=True),
                  pith.extract(decoded, favor="precision", no_tables=True),
                  pith.extract(b"<html><body><nav><a href=/>Home</a></nav></body></html>"),
                  next(pith.extract_many([(self.page, "https://b.example/x")], pagetype="article"))):
            back = pickle.loads(pickle.dumps(r))
            self.assertIsInstance(back, pith.Result)
            for name in ("status", "code", "ok", "error", "text", "comments", "title", "author",
                         "date", "sitename", "hostname", "url", "language", "pagetype",
                         "categories", "tags", "confidence", "charset", "guard", "removed"):
                self.assertEqual(getattr(back, name), getattr(r, name), name)
            self.assertEqual(back.as_dict(), r.as_dict())
            self.assertEqual(repr(back), repr(r))
            for fmt, kw in (("json", {}), ("markdown", {"links": True, "title": True}),
                            ("html", {"images": True}), ("xml", {})):
                self.assertEqual(back.render(fmt, **kw), r.render(fmt, **kw), fmt)
            self.assertEqual(pickle.loads(pickle.dumps(back)).as_dict(), r.as_dict())
        with self.assertRaises(ValueError):
            pith._pith._restore_result({}, {}, b"", {})

    def test_results_cross_processes(self):
        import concurrent.futures
        import multiprocessing
        pages = [(d / "input.html").read_bytes() for d in fixture_dirs()[:4]]
        ctx = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as ex:
            got = list(ex.map(pith.extract, pages))
        self.assertEqual([r.as_dict() for r in got], [pith.extract(p).as_dict() for p in pages])
        self.assertEqual(got[0].render("markdown"), pith.extract(pages[0]).render("markdown"))

    def test_render_options(self):
        r = pith.extract(self.page, "https://example.org/story")
        self.assertTrue(r.render("md", metadata=True).startswith("---\n"))
        self.assertNotIn("<html", r.render("html", fragment=True))
        js = json.loads(r.render("json", json_include=["html", "markdown"]))
        self.assertIn("html", js)
        self.assertIn("markdown", js)
        with self.assertRaises(pith.ArgumentError):
            r.render("pdf")

    def test_threads_extract_at_once(self):
        want = pith.extract(self.page).text
        got = []
        threads = [threading.Thread(target=lambda: got.append(pith.extract(self.page).text))
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, [want] * 4)


class ExtractMany(unittest.TestCase):
    pages = [(d / "input.html").read_bytes() for d in fixture_dirs()]

    def test_ordered_and_equal_to_extract_whatever_jobs(self):
        want = [pith.extract(p).render("json") for p in self.pages]
        for jobs in (1, 2, 5):
            got = [r.render("json") for r in pith.extract_many(self.pages * 2, jobs=jobs)]
            self.assertEqual(got, want * 2, f"jobs={jobs}")

    def test_pages_with_urls_and_options(self):
        got = list(pith.extract_many([(self.pages[0], "https://one.example/x"), self.pages[0]],
                                     jobs=2, url="https://all.example/", comments=True))
        self.assertEqual(got[0].hostname, "one.example")
        self.assertEqual(got[1].hostname, "all.example")

    def test_input_is_read_lazily(self):
        taken = []

        def gen():
            for i in range(1000):
                taken.append(i)
                yield self.pages[i % len(self.pages)]
        it = pith.extract_many(gen(), jobs=2)
        next(it)
        self.assertLessEqual(len(taken), 9)   # 4 slots per thread, and the one yielded
        del it                                 # an abandoned iterator stops its threads

    def test_one_consumer_at_a_time(self):
        it = None

        def gen():
            yield self.pages[0]
            next(it)          # the iterator is running (it is reading this generator)
        it = pith.extract_many(gen())
        self.assertTrue(next(it).ok)
        with self.assertRaisesRegex(ValueError, "already executing"):
            next(it)

    def test_errors(self):
        pages = [self.pages[0], b"", self.pages[1]]
        it = pith.extract_many(pages, jobs=2)
        self.assertTrue(next(it).ok)
        with self.assertRaises(pith.InputError):
            next(it)
        got = list(pith.extract_many(pages, jobs=2, errors="return"))
        self.assertEqual([r.code for r in got], ["ok", "bad_input", "ok"])
        self.assertEqual(got[1].as_dict()["error"]["code"], "bad_input")

        def failing():
            yield self.pages[0]
            raise KeyError("the input broke")
        it = pith.extract_many(failing())
        self.assertTrue(next(it).ok)
        with self.assertRaises(KeyError):
            next(it)
        with self.assertRaises(TypeError):
            list(pith.extract_many([self.pages[0], 42]))
        with self.assertRaises(pith.ArgumentError):
            pith.extract_many([], jobs=0)
        with self.assertRaises(ValueError):
            pith.extract_many([], errors="ignore")


class Warc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = Path(cls.tmp.name)
        fixture_warcs.write(cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def cli_records(self, path):
        out = subprocess.run([CLI, "-q", "-j", "2", str(path)], capture_output=True, check=False)
        return [json.loads(line) for line in out.stdout.splitlines()]

    def test_records_equal_the_command_lines(self):
        for name in ("fixtures.warc.gz", "fixtures.warc", "fixtures-file.warc.gz",
                     "broken.warc.gz"):
            path = self.dir / name
            want = self.cli_records(path)
            with self.subTest(warc=name):
                got = [r.as_dict(source=str(path)) for r in pith.iter_warc(path)]
                self.assertEqual(len(got), len(want))
                self.assertEqual(got, want)
                self.assertEqual(got, [r.as_dict(source=str(path))
                                       for r in pith.iter_warc(str(path), jobs=3)])
        broken = list(pith.iter_warc(self.dir / "broken.warc.gz"))
        self.assertIn("warc_truncated", [r.error for r in broken])
        self.assertTrue(all(r.result is None for r in broken if r.error))

    def test_file_objects_and_fields(self):
        path = self.dir / "fixtures.warc.gz"
        from_path = [r.as_dict() for r in pith.iter_warc(path)]
        with open(path, "rb") as f:
            self.assertEqual([r.as_dict() for r in pith.iter_warc(f)], from_path)
        data = path.read_bytes()
        self.assertEqual([r.as_dict() for r in pith.iter_warc(io.BytesIO(data))], from_path)

        class ReadOnly:                  # read() but no readinto()
            def __init__(self):
                self.f = io.BytesIO(data)

            def read(self, n):
                return self.f.read(n)
        self.assertEqual([r.as_dict() for r in pith.iter_warc(ReadOnly())], from_path)
        rec = next(pith.iter_warc(path, payload=True))
        self.assertEqual(rec.type, "response")
        self.assertEqual(rec.http_status, 200)
        self.assertEqual(rec.media_type, "text/html")
        self.assertTrue(rec.is_html)
        self.assertEqual(rec.payload, (fixture_dirs()[0] / "input.html").read_bytes())
        self.assertEqual(rec.result.render("json"), pith.extract(rec.payload, rec.target_uri)
                         .render("json"))
        every = list(pith.iter_warc(path, html_only=False))
        types = {r.type for r in every}
        self.assertEqual(types, {"warcinfo", "request", "response"})
        self.assertEqual(len([r for r in every if r.result]), len(from_path))

    def test_errors(self):
        with self.assertRaises(FileNotFoundError):
            pith.iter_warc(self.dir / "missing.warc")

        class Broken:
            def readinto(self, b):
                raise OSError("the disk broke")
        with self.assertRaises(OSError):
            list(pith.iter_warc(Broken()))
        small = list(pith.iter_warc(self.dir / "fixtures.warc.gz", max_bytes=2000))
        self.assertIn("too_large", [r.error for r in small])


class Memory(unittest.TestCase):
    """Resident memory stays flat over many extractions (bench/python.py
    runs 10,000; here fewer, each kind of call)."""

    page = (FIXTURES / "basic-article" / "input.html").read_bytes()

    def growth_kib(self, step, rounds, warm_up):
        for _ in range(warm_up):
            step()
        gc.collect()
        before = rss_kib()
        for _ in range(rounds):
            step()
        gc.collect()
        return rss_kib() - before

    def test_extract_and_render(self):
        def step():
            r = pith.extract(self.page, comments=True, explain=True)
            r.render("json")
            r.as_dict()
        self.assertLess(self.growth_kib(step, 1000, 100), 1024)

    def test_errors(self):
        def step():
            try:
                pith.extract(b"")
            except pith.InputError:
                pass
        self.assertLess(self.growth_kib(step, 5000, 200), 512)

    def test_extract_many_and_iter_warc(self):
        with tempfile.TemporaryDirectory() as tmp:
            fixture_warcs.write(tmp)
            warc = Path(tmp) / "broken.warc.gz"

            def step():
                for _ in pith.extract_many([self.page] * 20, jobs=2):
                    pass
                for r in pith.iter_warc(warc, jobs=2, payload=True):
                    r.as_dict()
            self.assertLess(self.growth_kib(step, 12, 3), 1024)


if __name__ == "__main__":
    unittest.main()
