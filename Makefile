# pith — build, test and install.
#
#   make            build/pith, build/libpith.a, build/libpith.so
#   make deps       install the Debian packages building needs (apt-get; sudo if not root)
#   make test-deps  those and the tools the tests use (clang, valgrind, cmark-gfm...)
#   make test       test-deps + build + make lint + every test (unit, fixtures, formats, batch, ABI and
#                   install, quality, pathological inputs, unit and fixture tests under ASan
#                   and UBSan, each fuzz target on a fixed set of generated inputs, make deps
#                   all on a machine without the packages); the corpus quality gate and
#                   bench-check need the benchmark ($$PITH_BENCH_DIR) and say when skipped
#   make fuzz       each libFuzzer target for FUZZ_SECONDS (default 60; fuzz/)
#   make asan       unit + fixture tests built with AddressSanitizer (build/asan)
#   make ubsan      the same with UndefinedBehaviorSanitizer (build/ubsan)
#   make valgrind   the CLI over every fixture under valgrind memcheck
#   make pathological  generated hostile inputs (tests/pathological.py)
#   make install    PREFIX=/usr/local DESTDIR= : binary, header, libraries, pith.pc
#   make python     the Python package (python/) for Debian's python3, in build/python
#   make python-tests  its tests, pip install, and examples/dask_warc.py on Dask
#   make bench      speed, start-up and memory benchmark (bench/; the corpora if present)
#   make formats    every output format over the benchmark corpora (bench/formats.py)
#   make lint       the largest source file, the longest function, and code written
#                   twice (bench/lint.py: blocks of 6+ lines repeated outside data tables)
#   make clean
#
# Warnings are errors (WERROR=-Werror, as make test builds everything); with
# a compiler that warns where gcc and clang do not, build with WERROR= .

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
PCDIR   ?= $(LIBDIR)/pkgconfig
MANDIR  ?= $(PREFIX)/share/man

VERSION := $(shell sed -n 's/^\#define PITH_VERSION_STRING "\(.*\)"/\1/p' include/pith.h)
# The shared library: SONAME libpith.so.ABI (PITH_ABI_VERSION, raised only
# when programs built against an older pith.h would break), in the file
# libpith.so.ABI.MINOR.PATCH, with the links libpith.so.ABI and libpith.so.
SOMAJOR := $(shell sed -n 's/^\#define PITH_ABI_VERSION \([0-9]*\)/\1/p' include/pith.h)
SOFILE  := libpith.so.$(SOMAJOR).$(word 2,$(subst ., ,$(VERSION))).$(word 3,$(subst ., ,$(VERSION)))

CC      ?= cc
# The libraries pith links with.  uchardet, the charset detector, is not
# linked: src/input/detector.c opens it (libuchardet.so.0) when a page first
# needs detection, which keeps libstdc++ out of every process's start-up.
PKGS    := gumbo libpcre2-8 jansson zlib libexttextcat
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WERROR  ?= -Werror
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter \
           $(WERROR)
# pkg-config is asked when a recipe first needs its answer, not when make
# reads this file, so that `make deps all` builds with the packages deps has
# just installed.  once(VAR,COMMAND): VAR becomes COMMAND's output, computed
# at its first use and kept.
once = $(eval $(1) := $$(shell $(2)))$($(1))
PKG_CFLAGS = $(call once,PKG_CFLAGS,pkg-config --cflags $(PKGS) 2>/dev/null)$(PKG_CHECK)
PKG_LIBS   = $(call once,PKG_LIBS,pkg-config --libs $(PKGS) 2>/dev/null)$(PKG_CHECK)
PKG_MISSING = $(call once,PKG_MISSING,pkg-config --exists $(PKGS) 2>/dev/null || echo missing)
PKG_CHECK  = $(if $(PKG_MISSING),$(error pkg-config does not find the libraries pith builds \
             with ($(PKGS)): run `make deps` first))
# libexttextcat's language models (libexttextcat-data), read at run time.
TEXTCAT_DIR = $(call once,TEXTCAT_DIR,pkg-config --variable=pkgdatadir libexttextcat 2>/dev/null)
# -fvisibility=hidden: libpith.so exports only what pith.h marks PITH_API.
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fPIC -fvisibility=hidden -Iinclude \
             $(PKG_CFLAGS) $(if $(TEXTCAT_DIR),-DPITH_TEXTCAT_DIR='"$(TEXTCAT_DIR)"') \
             $(WARN) $(CFLAGS)
LIBS    = $(PKG_LIBS) -ldl -lpthread -lm
# The command-line tool links the static archives of these libraries when
# the compiler finds every one (STATIC_DEPS=yes, the default): each shared
# library costs a process its mapping, relocation and page faults, a sixth
# of the CPU of `pith page.html` on a small page (bench/startup.sh).
# STATIC_DEPS=no links them dynamically.  The system's own libraries (libc,
# libm, libdl, libpthread) stay shared, and libpith.so is unaffected.
STATIC_DEPS ?= yes
SYSTEM_LIBS := -lc -lm -ldl -lpthread -lrt
PKG_STATIC_LIBS = $(call once,PKG_STATIC_LIBS,pkg-config --static --libs $(PKGS) 2>/dev/null)
DEP_LIBS = $(filter-out $(SYSTEM_LIBS),$(filter -l%,$(PKG_STATIC_LIBS)))
NO_ARCHIVE = $(call once,NO_ARCHIVE,for l in $(DEP_LIBS:-l%=%); do \
    [ -f "$$($(CC) -print-file-name=lib$$l.a)" ] || echo $$l; done)
LINK_STATIC := -Wl,-Bstatic
LINK_DYNAMIC := -Wl,-Bdynamic
CLI_LIBS = $(if $(and $(filter yes,$(STATIC_DEPS)),$(if $(NO_ARCHIVE),,all)), \
    $(filter-out -l%,$(PKG_STATIC_LIBS)) $(LINK_STATIC) $(DEP_LIBS) $(LINK_DYNAMIC) \
    $(filter $(SYSTEM_LIBS),$(PKG_STATIC_LIBS)), $(PKG_LIBS)) -ldl -lpthread $(AS_NEEDED_LIBM)
# pith's code needs no libm (util/fmath.h has the functions it used): the
# tool loads it only if a static archive above calls into it, which saves
# a process on a small page about a twentieth of its CPU (bench/startup.sh).
AS_NEEDED_LIBM := -Wl,--push-state,--as-needed -lm -Wl,--pop-state

B       ?= build
LDFLAGS ?=
LIB_SRC := $(wildcard src/*.c src/*/*.c)
LIB_SRC := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC := $(wildcard src/cli/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)
DEPS    := $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(B)/obj/scripts/rules_gen.d

TEST_SRC := $(wildcard tests/*_test.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(B)/tests/%)

# The Python package: its build, pip and venv for the install test, Dask for
# examples/dask_warc.py; readability-lxml for make bench's comparison.
PY_DEB_PKGS    := python3-dev python3-setuptools python3-pip python3-venv python3-fsspec \
                  python3-dask python3-distributed python3-readability
# Debian packages: what building needs (make deps), and what the tests use
# besides (make test-deps, which make test runs).
BUILD_DEB_PKGS := build-essential pkg-config libgumbo-dev libpcre2-dev libjansson-dev \
                  libuchardet0 zlib1g-dev libexttextcat-dev
TEST_DEB_PKGS  := libcmocka-dev cmark cmark-gfm libxml2-utils python3 python3-yaml valgrind \
                  clang libclang-rt-dev lynx w3m $(PY_DEB_PKGS)

.PHONY: check-quality cli-oom-tests FORCE all deps test-deps fresh-test test check unit-tests fixture-tests render-tests formats \
        batch-tests text-tests install-test install uninstall clean pathological asan ubsan valgrind fuzz fuzz-ci \
        bench bench-check python python-tests lint

all: $(B)/pith $(B)/libpith.a $(B)/libpith.so

# ---------------------------------------------------------------- deps
deps:
	@sh scripts/deps.sh $(BUILD_DEB_PKGS)

test-deps:
	@sh scripts/deps.sh $(BUILD_DEB_PKGS) $(TEST_DEB_PKGS)

# `make deps all` (even with -j): nothing is compiled before deps is done.
$(LIB_OBJ) $(CLI_OBJ): | $(filter deps test-deps,$(MAKECMDGOALS))

# ---------------------------------------------------------------- build
# The library's files include each other from the source root ("util/buf.h");
# the command-line tool sees include/ only, so it uses nothing but pith.h.
$(B)/obj/src/%.o: SRC_INC = -Isrc
$(B)/obj/src/cli/%.o: SRC_INC =
$(B)/obj/scripts/%.o: SRC_INC = -Isrc

# Objects are rebuilt when the compiler or its flags change (a build/ made
# with other flags would otherwise link objects of both): flags.stamp holds
# them and is rewritten only when they differ, so make sees it newer only then.
$(B)/flags.stamp: FORCE | $(filter deps test-deps,$(MAKECMDGOALS))
	@mkdir -p $(dir $@)
	@printf '%s\n' '$(subst ','\'',$(CC) $(ALL_CFLAGS))' >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(LIB_OBJ) $(CLI_OBJ) $(B)/gen/rules_data.o: $(B)/flags.stamp

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SRC_INC) -MMD -MP -c $< -o $@

# The rule tables built and compiled at build time (src/rules/rules_data.h):
# rules-gen is the library without them, and writes them as C.
$(B)/rules-gen: $(B)/obj/scripts/rules_gen.o $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(B)/gen/rules_data.c: $(B)/rules-gen
	@mkdir -p $(dir $@)
	$(B)/rules-gen $@.tmp && mv $@.tmp $@

$(B)/gen/rules_data.o: $(B)/gen/rules_data.c
	$(CC) $(ALL_CFLAGS) -Isrc -c $< -o $@

LIB_ALL_OBJ := $(LIB_OBJ) $(B)/gen/rules_data.o

$(B)/libpith.a: $(LIB_ALL_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/libpith.so: $(B)/$(SOFILE)
	ln -sf $(SOFILE) $(B)/libpith.so.$(SOMAJOR)
	ln -sf libpith.so.$(SOMAJOR) $@

$(B)/$(SOFILE): $(LIB_ALL_OBJ) src/libpith.map
	$(CC) -shared $(LDFLAGS) -Wl,-soname,libpith.so.$(SOMAJOR) \
	    -Wl,--version-script=src/libpith.map -o $@ $(LIB_ALL_OBJ) $(LIBS)

# The command-line tool is a position-dependent executable (CLI_PIE=no, the
# default): as a PIE it would relocate the 3,700 pointers of its rule and
# word tables at every start, writing 19 pages it otherwise reads from the
# file.  Its debug information goes to $(B)/pith.debug, which gdb finds
# through the executable's debuglink: left in, it cost a process a dozen
# page faults more.  Both measured by bench/startup.sh (bench/RESULTS.md).
CLI_PIE ?= no
CLI_LDFLAGS = $(if $(filter no,$(CLI_PIE)),-no-pie)

$(B)/pith: $(CLI_OBJ) $(B)/libpith.a
	$(CC) $(CLI_LDFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libpith.a $(CLI_LIBS)
	cd $(B) && objcopy --only-keep-debug pith pith.debug && \
	    objcopy --strip-debug --add-gnu-debuglink=pith.debug pith

# Regenerated on every call: it records PREFIX, which may change between calls.
$(B)/pith.pc: pith.pc.in include/pith.h FORCE
	@mkdir -p $(B)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@INCDIR@|$(INCDIR)|' \
	    -e 's|@VERSION@|$(VERSION)|' -e 's|@PKGS@|$(PKGS)|' $< > $@

-include $(DEPS)

# ---------------------------------------------------------------- tests
$(B)/tests/%: tests/%.c $(wildcard tests/*.h) $(B)/libpith.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -Isrc -o $@ $< $(B)/libpith.a $(LIBS) -lcmocka $(TEST_LDFLAGS)

# The out-of-memory test takes every allocation of libpith's code.
$(B)/tests/oom_test: TEST_LDFLAGS = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free

unit-tests: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; (cd tests && ../$$t); done

fixture-tests: $(B)/pith
	@sh tests/fixtures.sh $(B)/pith

# Batch runs of the CLI: WARCs (built at test time from fixtures/), folders,
# lists, -j, -o DIR, --isolate, SIGINT, the mapper contract.
batch-tests: $(B)/pith
	@sh tests/batch.sh $(B)/pith

# Pages as text through the command line: --input, --explain on lines, a WET
# file built here from fixtures/text-wet, lines repeated across a batch, -j.
text-tests: $(B)/pith
	@sh tests/text.sh $(B)/pith

# The command line with each of its allocations failing in turn: a clean
# error and status, never a crash, a hang or a document lost in silence.
$(B)/tests/failalloc.so: tests/tools/failalloc.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -fPIC -shared -o $@ $<

cli-oom-tests: $(B)/pith $(B)/tests/failalloc.so
	@sh tests/cli_oom.sh $(B)/pith $(B)/tests/failalloc.so

check-quality: $(B)/pith
	@sh tests/quality.sh $(B)/pith

# Every format of every fixture parsed back: Markdown with cmark-gfm, XML
# against its schema and HTML with xmllint, JSON, CSV and YAML with Python.
render-tests: $(B)/pith
	@python3 tests/render_roundtrip.py $(B)/pith fixtures/*/input.html fixtures/*/input.txt

# Every format over the shared corpora: errors, words of the Markdown and
# HTML outputs against the text output, Markdown round trip (bench/formats.py).
formats: $(B)/pith
	@python3 bench/formats.py --pith $(B)/pith --bench $(dir $(BENCH_DIR)) aeb moz

# The exported symbols and SONAME (tests/abi.sh), then a real install.
install-test: all $(B)/pith.pc
	@sh tests/abi.sh $(B)
	@sh tests/install.sh

# Pathological inputs (deep nesting, floods, bombs, binary...): each must end
# in time, without a crash, in bounded memory; then every one at two sizes,
# n and 2n, in every format: time and memory must grow about 2x, not 4x
# (tests/pathological.py).
pathological: $(B)/pith
	@python3 tests/pathological.py run $(B)/pith
	@python3 tests/pathological.py growth $(B)/pith

# ---------------------------------------------------------------- python
# The pith package (python/) built for Debian's python3, whose packages (dask,
# setuptools) the tests use; the first python3 on PATH may be another one.
# It links $(B)/libpith.a statically (python/setup.py).
PYTHON ?= /usr/bin/python3

python: $(B)/libpith.a
	@cd python && PITH_BUILD=$(abspath $(B)) $(PYTHON) setup.py -q build \
	    --build-base $(abspath $(B))/python-build --build-lib $(abspath $(B))/python

# The package's tests (python/tests, unittest, with examples/dask_warc.py on a
# LocalCluster), then `pip install ./python` into scratch virtual environments.
python-tests: python $(B)/pith
	@PYTHONPATH=$(abspath $(B))/python PITH_CLI=$(abspath $(B))/pith \
	    $(PYTHON) -m unittest discover -s python/tests -t python/tests
	@sh python/tests/pip_install.sh $(PYTHON)

# ------------------------------------------------------------ sanitizers
# The unit and fixture tests again, built with AddressSanitizer (and its
# leak checker) or UndefinedBehaviorSanitizer in a build directory of their
# own.  Reports go to files under $(B)/san-logs; any report fails the run.
SAN_OPT := -O1 -g -fno-omit-frame-pointer
SAN_RUN = rm -rf $(1)/san-logs && mkdir -p $(1)/san-logs && \
	ASAN_OPTIONS=log_path=$(CURDIR)/$(1)/san-logs/asan:detect_leaks=1 \
	UBSAN_OPTIONS=log_path=$(CURDIR)/$(1)/san-logs/ubsan:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(MAKE) --no-print-directory B=$(1) CFLAGS="$(SAN_OPT) $(2)" LDFLAGS="$(2)" \
	    unit-tests fixture-tests && \
	if ls $(1)/san-logs/* >/dev/null 2>&1; then cat $(1)/san-logs/*; \
	    echo "sanitizer reports: see above"; exit 1; fi

asan:
	@$(call SAN_RUN,build/asan,-fsanitize=address)
	@echo "asan: no reports"

ubsan:
	@$(call SAN_RUN,build/ubsan,-fsanitize=undefined -fno-sanitize-recover=all)
	@echo "ubsan: no reports"

# ------------------------------------------------------------------ fuzz
# libFuzzer targets (fuzz/fuzz_*.c), built with clang and ASan + UBSan over
# a library built the same way in build/fuzz.  make fuzz runs each target
# for FUZZ_SECONDS (default 60), keeping its corpus in build/fuzz/corpus;
# make fuzz-ci (part of make test) runs a fixed number of inputs from a fixed
# seed for each, so that it gives the same answer every time.  See fuzz/run.sh.
FUZZ_TARGETS    := extract decode guard jsonld date warc warc_boundary
FUZZ_SECONDS    ?= 60
FUZZ_SAN        := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_BUILD = $(MAKE) --no-print-directory B=build/fuzz CC=clang \
	CFLAGS="-O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) -fsanitize=fuzzer-no-link" \
	LDFLAGS="$(FUZZ_SAN)" $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

$(B)/fuzz_%: fuzz/fuzz_%.c $(B)/libpith.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(B)/libpith.a $(LIBS)

fuzz:
	@$(FUZZ_BUILD)
	@sh fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-ci:
	@$(FUZZ_BUILD)
	@sh fuzz/run.sh build/fuzz ci $(FUZZ_TARGETS)

# The CLI over every fixture (text and JSON) under valgrind memcheck: any
# error or leak (definite, indirect, possible) fails.
# Built without PCRE2's JIT (src/rules/jit.h): valgrind cannot see into JIT code.
valgrind:
	@$(MAKE) --no-print-directory B=build/valgrind CFLAGS="-O1 -g -DPITH_NO_JIT" build/valgrind/pith
	@sh tests/valgrind.sh build/valgrind/pith

# Tests that cannot run here (the corpus gate without the benchmark corpora)
# write why to this file; make test ends by listing them.
SKIP_LOG := $(abspath $(B))/skipped-tests
export PITH_SKIP_LOG = $(SKIP_LOG)

# make deps all on a machine without the packages (stand-ins; tests/fresh.sh).
fresh-test:
	@sh tests/fresh.sh

test: test-deps
	@mkdir -p $(B) && rm -f $(SKIP_LOG)
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory unit-tests
	@$(MAKE) --no-print-directory fixture-tests
	@$(MAKE) --no-print-directory render-tests
	@$(MAKE) --no-print-directory batch-tests
	@$(MAKE) --no-print-directory text-tests
	@$(MAKE) --no-print-directory cli-oom-tests
	@$(MAKE) --no-print-directory install-test
	@$(MAKE) --no-print-directory python-tests
	@$(MAKE) --no-print-directory check-quality
	@$(MAKE) --no-print-directory pathological
	@$(MAKE) --no-print-directory bench-check
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory ubsan
	@$(MAKE) --no-print-directory fuzz-ci
	@$(MAKE) --no-print-directory fresh-test
	@if [ -s $(SKIP_LOG) ]; then echo "all tests that ran passed; SKIPPED:"; \
	    sed 's/^/  /' $(SKIP_LOG); else echo "all tests passed"; fi

check: test

# The size of the parts and code written twice (bench/lint.py); fails when
# a block of six or more lines stands the same in two places of src/.
lint:
	@python3 bench/lint.py src
	@python3 bench/read_attributes.py src

# ---------------------------------------------------------------- bench
# build/bench times pith against a plain gumbo parse over the corpora, then
# time and memory per MB on generated 1..16 MB pages (bench/bench.c).
BENCH_SRC     := $(wildcard bench/*.c)
# The benchmark (bench.py and its corpora aeb, moz, wcxb) is not part of pith
# (bench/RESULTS.md says where it comes from): only the corpus quality gate,
# bench-check, make bench and make formats read it, and without it they say
# they were skipped.
PITH_BENCH_DIR ?= $(CURDIR)/../shared/bench
BENCH_DIR     ?= $(PITH_BENCH_DIR)/corpora
export PITH_BENCH_DIR
BENCH_CORPORA ?= $(BENCH_DIR)/aeb $(BENCH_DIR)/moz

$(B)/bench: $(BENCH_SRC) $(wildcard bench/*.h) $(B)/libpith.a
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $(BENCH_SRC) $(B)/libpith.a $(LIBS)

# After the in-process benchmark, each of BENCH_SCRIPTS runs, called as
# `sh bench/NAME.sh build/pith CORPORA_DIR`: the CLI's batch throughput, the
# CLI against gumbo over the aeb files, the Python package, the start-up
# cost of one process on a 1 KB page against a process that parses it with
# gumbo (no corpus needed), text input against HTML input per MB, and the
# corpora as lynx and w3m dump them, as two converters write them and one
# line a text node, read as text (the converters are BENCH_DEB_PKGS,
# installed by `make bench`).
BENCH_DEB_PKGS := html2text python3-html2text
BENCH_SCRIPTS := bench/batch.sh bench/cli.sh bench/python.sh bench/startup.sh bench/text.sh \
                 bench/scrapers.sh

# The floor of bench/startup.sh: read a page, parse it with gumbo, exit.
$(B)/gumbo-parse: bench/startup/gumbo_parse.c
	$(CC) $(CFLAGS) $(shell pkg-config --cflags gumbo) -o $@ $< $(shell pkg-config --libs gumbo)

bench: $(B)/bench $(B)/pith python $(B)/gumbo-parse
	@sh scripts/deps.sh $(BENCH_DEB_PKGS)
	@if [ -d "$(BENCH_DIR)/aeb" ]; then $(B)/bench $(BENCH_CORPORA); \
	 else echo "bench: no corpora at $(BENCH_DIR): generated pages only"; $(B)/bench; fi
	@for s in $(BENCH_SCRIPTS); do echo "== $$s"; \
	    sh "$$s" $(B)/pith $(BENCH_DIR) || exit 1; done

# Extraction and gumbo trees identical with and without the elision of
# script/style bodies on every corpus page (part of make test when the
# corpora are there).
bench-check: $(B)/bench
	@if [ -d "$(BENCH_DIR)/aeb" ]; then $(B)/bench --check $(BENCH_CORPORA); \
	 else echo "bench-check: SKIPPED, no corpora at $(BENCH_DIR)"; \
	      echo "bench-check: no corpora at $(BENCH_DIR) (set PITH_BENCH_DIR)" >> $(SKIP_LOG); fi

# ---------------------------------------------------------------- install
install: all $(B)/pith.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(PCDIR)
	install -m 755 $(B)/pith $(DESTDIR)$(BINDIR)/pith
	install -m 644 include/pith.h $(DESTDIR)$(INCDIR)/pith.h
	install -m 644 $(B)/libpith.a $(DESTDIR)$(LIBDIR)/libpith.a
	install -m 755 $(B)/$(SOFILE) $(DESTDIR)$(LIBDIR)/$(SOFILE)
	ln -sf $(SOFILE) $(DESTDIR)$(LIBDIR)/libpith.so.$(SOMAJOR)
	ln -sf libpith.so.$(SOMAJOR) $(DESTDIR)$(LIBDIR)/libpith.so
	install -m 644 $(B)/pith.pc $(DESTDIR)$(PCDIR)/pith.pc
	install -d $(DESTDIR)$(MANDIR)/man1
	install -m 644 man/pith.1 $(DESTDIR)$(MANDIR)/man1/pith.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pith $(DESTDIR)$(INCDIR)/pith.h $(DESTDIR)$(LIBDIR)/libpith.a \
	      $(DESTDIR)$(LIBDIR)/libpith.so $(DESTDIR)$(LIBDIR)/libpith.so.$(SOMAJOR) \
	      $(DESTDIR)$(LIBDIR)/$(SOFILE) $(DESTDIR)$(PCDIR)/pith.pc \
	      $(DESTDIR)$(MANDIR)/man1/pith.1

clean:
	rm -rf $(B)
