"""Build the pith package: a CPython extension module over libpith.

Which libpith is linked (see "Python" in the README):
  - the source tree's own build, ../build/libpith.a after `make`: linked in
    statically, so the module needs nothing of pith at run time (the
    libraries pith uses, gumbo, pcre2, ..., are linked as shared libraries);
  - else an installed pith (`make install`), found with pkg-config, linked
    as the shared library libpith.so, with its directory as the run path.
PITH_LINK=static or PITH_LINK=shared forces one of them; PITH_BUILD names
another build directory than ../build.
"""

import os
import shlex
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
# The tree's build directory (the Makefile's B), for the static link.
BUILD = os.environ.get("PITH_BUILD") or os.path.join(TOP, "build")
# The libraries libpith.a needs (the Makefile's PKGS).  uchardet is not one:
# libpith opens it with dlopen when a page first needs charset detection, so
# only its run-time package (libuchardet0) is needed, and no uchardet.pc.
DEPS = ["gumbo", "libpcre2-8", "jansson", "zlib", "libexttextcat"]


class build_ext_always(build_ext):
    """Link the module every time: the libpith to link (static or shared,
    from which build) may have changed since the last build in this place."""

    def build_extension(self, ext):
        path = self.get_ext_fullpath(ext.name)
        if os.path.exists(path):
            os.remove(path)
        super().build_extension(ext)


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config", *args], check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as e:
        err = getattr(e, "stderr", "") or str(e)
        sys.exit(f"pith: pkg-config {' '.join(args)} failed: {err.strip()}")
    return shlex.split(out.stdout)


def flags_to_kwargs(flags):
    kw = {"include_dirs": [], "library_dirs": [], "libraries": [], "extra_link_args": []}
    for f in flags:
        if f.startswith("-I"):
            kw["include_dirs"].append(f[2:])
        elif f.startswith("-L"):
            kw["library_dirs"].append(f[2:])
        elif f.startswith("-l"):
            kw["libraries"].append(f[2:])
        else:
            kw["extra_link_args"].append(f)
    return kw


def static_build():
    """Link the tree's build/libpith.a into the module."""
    kw = flags_to_kwargs(pkg_config("--cflags", "--libs", *DEPS))
    kw["include_dirs"].insert(0, os.path.join(TOP, "include"))
    kw["extra_objects"] = [os.path.join(BUILD, "libpith.a")]
    kw["libraries"] += ["pthread", "m", "dl"]
    # libpith's symbols stay inside the module, never exported to others.
    kw["extra_link_args"].append("-Wl,--exclude-libs,ALL")
    return kw


def shared_build():
    """Link the installed libpith.so (pkg-config pith)."""
    kw = flags_to_kwargs(pkg_config("--cflags", "--libs", "pith"))
    libdir = pkg_config("--variable=libdir", "pith")
    kw["runtime_library_dirs"] = libdir
    kw["libraries"].append("pthread")
    return kw


def link_kwargs():
    mode = os.environ.get("PITH_LINK", "")
    have_tree = os.path.exists(os.path.join(BUILD, "libpith.a")) and \
        os.path.exists(os.path.join(TOP, "include", "pith.h"))
    if mode == "static" or (not mode and have_tree):
        if not have_tree:
            sys.exit("pith: PITH_LINK=static needs ../build/libpith.a: run `make` first")
        return static_build()
    if mode not in ("", "shared"):
        sys.exit("pith: PITH_LINK must be 'static' or 'shared'")
    if subprocess.run(["pkg-config", "--exists", "pith"]).returncode != 0:
        sys.exit("pith: no libpith found: run `make` in the source tree (linked statically) "
                 "or `make install` (found with pkg-config)")
    return shared_build()


def version():
    with open(os.path.join(TOP, "include", "pith.h"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#define PITH_VERSION_STRING"):
                return line.split('"')[1]
    return "0"


SOURCES = ["module.c", "options.c", "page.c", "result.c", "pool.c", "warc.c"]

LINK = link_kwargs()
ext = Extension(
    "pith._pith",
    sources=[os.path.join("src", s) for s in SOURCES],
    depends=[os.path.join("src", "pypith.h")],
    extra_compile_args=["-std=c11", "-D_DEFAULT_SOURCE", "-Wall", "-Wextra",
                        "-Wno-unused-parameter", "-Wno-missing-field-initializers",
                        "-Wno-cast-function-type"],
    **LINK,
)

os.chdir(HERE)  # setuptools wants paths relative to setup.py
setup(
    name="pith",
    version=version() if os.path.exists(os.path.join(TOP, "include", "pith.h")) else "0",
    description="The main text and metadata of web pages (libpith's Python binding)",
    packages=["pith"],
    package_data={"pith": ["py.typed", "__init__.pyi"]},
    ext_modules=[ext],
    cmdclass={"build_ext": build_ext_always},
    python_requires=">=3.10",
    zip_safe=False,
)
