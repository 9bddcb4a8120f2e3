/*
 * args.c — the command line's options, --help, and the choice between one
 * page and a batch.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "Usage: pith [OPTIONS] [FILE...]\n"
    "Extract the main text and metadata of web pages.\n"
    "Reads FILE, or standard input when no FILE is given (or FILE is -).\n"
    "\n"
    "Output:\n"
    "  -f, --format FMT     text (default), json, markdown, html, xml, csv;\n"
    "                       jsonl: one JSON object per document (batch runs)\n"
    "  -o, --output PATH    write to the file PATH instead of standard output;\n"
    "                       without --format, its extension picks the format\n"
    "                       (.txt .md .html .json .jsonl .xml .csv); in a batch\n"
    "                       run in another format than jsonl, PATH is a directory\n"
    "                       that gets one file per page (unless PATH ends in .jsonl)\n"
    "      --links          keep link targets (markdown, html, xml)\n"
    "      --images         keep images (markdown, html, xml)\n"
    "      --with-metadata  text, markdown: YAML front matter with the metadata\n"
    "      --with-title     text, markdown: start with the title as a heading\n"
    "      --fragment       html: the article as a fragment, not a whole document\n"
    "      --json-include LIST  json: add the article as html and/or markdown\n"
    "                       (comma-separated: html,markdown)\n"
    "\n"
    "Extraction:\n"
    "  -u, --url URL        the page's address (base for links, hostname)\n"
    "      --charset NAME   the page's charset as sent by the server\n"
    "      --input TYPE     auto (default: HTML if the input has tags, else text),\n"
    "                       html, or text (a scraper's text, lynx/w3m -dump: lines\n"
    "                       are blocks)\n"
    "      --favor MODE     balanced (default), precision or recall\n"
    "      --base-url URL   resolve relative links against URL (default: the page's\n"
    "                       <base>, its canonical URL, or --url)\n"
    "      --no-tables      leave tables out of the article\n"
    "      --comments       extract the page's user comments, apart from the article\n"
    "      --pagetype TYPE  the page's type, when known: article, forum, product,\n"
    "                       collection, listing, documentation, service, other\n"
    "                       (default: pith tells from the page)\n"
    "      --no-fallback    a page whose visible content gives no text has none\n"
    "                       (default: its JSON-LD, densest text or description)\n"
    "      --explain        say on standard error what kind of page it is and why,\n"
    "                       and list every removed block and the rule that\n"
    "                       removed it\n"
    "\n"
    "Batch runs (several FILEs, -r, --files-from, a WARC input, or --format jsonl):\n"
    "  -r, --recursive DIR  every page (.html .htm .xhtml .shtml .txt, also .gz) and\n"
    "                       WARC (.warc .wet, also .gz) under DIR, in name order\n"
    "      --all-files      with -r: every file, whatever its name\n"
    "      --files-from LIST  the paths listed in LIST, one a line (- = stdin)\n"
    "  -j, --jobs N         extract N documents at once (default: one per core)\n"
    "      --isolate        extract in worker processes with hard limits: a page\n"
    "                       over --timeout-ms (default 30000 here) or over its\n"
    "                       memory is stopped and gets an error record\n"
    "  -q, --quiet          no progress line and no summary on standard error\n"
    "  WARC files (plain or gzip, also on standard input) are recognised by their\n"
    "  content; their HTML response and resource records are extracted, and their\n"
    "  conversion records (WET: a page's text) are read as text.  A text document\n"
    "  loses the lines that two other documents of its site hold too (a header,\n"
    "  a footer), except with --isolate.\n"
    "\n"
    "Limits:\n"
    "      --max-bytes N    refuse inputs larger than N bytes (default 64M, in a\n"
    "                       batch 8M per document; suffixes K, M, G)\n"
    "      --max-memory N   memory budget for parsing one page (default 1G)\n"
    "      --max-depth N    flatten elements nested deeper than N (default 400)\n"
    "      --max-attributes N  drop attributes past N on one tag (default 256)\n"
    "      --max-formatting N  keep at most N formatting elements open (default 32)\n"
    "      --timeout-ms N   give up on a page after N milliseconds (default: none)\n"
    "\n"
    "  -h, --help           show this help\n"
    "  -V, --version        show the version\n"
    "\n"
    "Exit status:\n"
    "  0  the article was extracted (batch: no document failed)\n"
    "  1  the page holds no main content\n"
    "  2  usage error\n"
    "  3  the input could not be read or is not a web page\n"
    "  4  a resource limit was reached, memory ran out, or the output could\n"
    "     not be written\n"
    "  5  batch: at least one document failed (its record holds the error)\n"
    "  130  batch: interrupted (SIGINT); the documents begun were finished\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "pith: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'pith --help' for more information.\n");
    return EXIT_USAGE;
}

/* Parse a size with an optional K/M/G suffix; 0 on error. */
static size_t parse_size(const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *s == '-')
        return 0;
    unsigned long long mult = 1;
    if (*end == 'k' || *end == 'K')
        mult = 1ull << 10, end++;
    else if (*end == 'm' || *end == 'M')
        mult = 1ull << 20, end++;
    else if (*end == 'g' || *end == 'G')
        mult = 1ull << 30, end++;
    if (*end == 'b' || *end == 'B')
        end++;
    if (*end || v > (unsigned long long)SIZE_MAX / mult)
        return 0;
    return (size_t)(v * mult);
}

void cli_explain_hook(const pith_removal *r, void *userdata)
{
    (void)userdata;
    const char *more = r->text_len > strlen(r->snippet) ? "..." : "";
    if (r->line)
        fprintf(stderr, "pith: removed line %lu <%s> by %s (%s, %zu bytes): %s%s\n", r->line,
                r->tag, r->rule, r->stage, r->text_len, r->snippet, more);
    else
        fprintf(stderr, "pith: removed <%s> by %s (%s, %zu bytes): %s%s\n", r->tag, r->rule,
                r->stage, r->text_len, r->snippet, more);
}

/* Is name one of the page types of pith_result.pagetype? */
static bool is_pagetype(const char *name)
{
    static const char *const types[] = {"article", "forum", "product", "collection", "listing",
                                        "documentation", "service", "other", NULL};
    for (const char *const *t = types; *t; t++)
        if (strcmp(name, *t) == 0)
            return true;
    return false;
}

void cli_explain_result(const pith_result *r)
{
    if (r->pagetype)
        fprintf(stderr, "pith: page type: %s (%s)\n", r->pagetype,
                r->pagetype_reason ? r->pagetype_reason : "no reason recorded");
    if (r->fallback)
        fprintf(stderr, "pith: text from the fallback: %s\n", r->fallback);
}

/* Parse --json-include: a comma-separated list of html, markdown. */
static int parse_json_include(const char *list, unsigned *flags)
{
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n == 4 && !strncmp(p, "html", 4))
            *flags |= PITH_RENDER_JSON_HTML;
        else if ((n == 8 && !strncmp(p, "markdown", 8)) || (n == 2 && !strncmp(p, "md", 2)))
            *flags |= PITH_RENDER_JSON_MARKDOWN;
        else
            return -1;
        p += n;
        if (*p == ',')
            p++;
    }
    return 0;
}

static int parse_format(const char *name, cli *c)
{
    c->format_given = true;
    c->jsonl = strcmp(name, "jsonl") == 0;
    if (c->jsonl) {
        c->format = PITH_FORMAT_JSON;
        return EXIT_OK;
    }
    if (pith_format_from_name(name, &c->format) != 0)
        return usage_error("unknown format '%s'", name);
    return EXIT_OK;
}

/* Without --format, -o story.json (.md .html .htm .xml .csv .txt .jsonl)
 * writes the format its name says: what a user who names the file expects. */
static void format_from_output(cli *c)
{
    const char *base = strrchr(c->output, '/');
    const char *dot = strrchr(base ? base + 1 : c->output, '.');
    char ext[16];
    size_t n = dot ? strlen(dot + 1) : 0;
    if (n == 0 || n >= sizeof ext)
        return;
    for (size_t i = 0; i <= n; i++)
        ext[i] = (char)tolower((unsigned char)dot[1 + i]);
    if (strcmp(ext, "jsonl") == 0) {
        c->jsonl = true;
        c->format = PITH_FORMAT_JSON;
    } else if (pith_format_from_name(strcmp(ext, "htm") == 0 ? "html" : ext, &c->format) != 0) {
        return;
    }
    c->format_from_output = true;
}

static int add_dir(cli *c, const char *dir)
{
    const char **p = realloc(c->dirs, (c->n_dirs + 1) * sizeof *p);
    if (!p)
        return usage_error("out of memory%s", "");
    c->dirs = p;
    c->dirs[c->n_dirs++] = dir;
    return EXIT_OK;
}

enum {
    OPT_CHARSET = 256, OPT_FAVOR, OPT_NO_TABLES, OPT_EXPLAIN, OPT_MAX_BYTES, OPT_MAX_MEMORY,
    OPT_TIMEOUT, OPT_LINKS, OPT_IMAGES, OPT_WITH_METADATA, OPT_WITH_TITLE, OPT_FRAGMENT,
    OPT_JSON_INCLUDE,
    OPT_BASE_URL, OPT_COMMENTS, OPT_MAX_DEPTH, OPT_MAX_ATTRIBUTES, OPT_MAX_FORMATTING,
    OPT_FILES_FROM, OPT_ALL_FILES, OPT_ISOLATE, OPT_WORKER, OPT_PAGETYPE, OPT_NO_FALLBACK,
    OPT_INPUT
};

static const struct option longopts[] = {
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"url", required_argument, NULL, 'u'},
    {"charset", required_argument, NULL, OPT_CHARSET},
    {"input", required_argument, NULL, OPT_INPUT},
    {"favor", required_argument, NULL, OPT_FAVOR},
    {"no-tables", no_argument, NULL, OPT_NO_TABLES},
    {"comments", no_argument, NULL, OPT_COMMENTS},
    {"pagetype", required_argument, NULL, OPT_PAGETYPE},
    {"no-fallback", no_argument, NULL, OPT_NO_FALLBACK},
    {"base-url", required_argument, NULL, OPT_BASE_URL},
    {"links", no_argument, NULL, OPT_LINKS},
    {"images", no_argument, NULL, OPT_IMAGES},
    {"with-metadata", no_argument, NULL, OPT_WITH_METADATA},
    {"with-title", no_argument, NULL, OPT_WITH_TITLE},
    {"fragment", no_argument, NULL, OPT_FRAGMENT},
    {"json-include", required_argument, NULL, OPT_JSON_INCLUDE},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
    {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
    {"timeout-ms", required_argument, NULL, OPT_TIMEOUT},
    {"max-depth", required_argument, NULL, OPT_MAX_DEPTH},
    {"max-attributes", required_argument, NULL, OPT_MAX_ATTRIBUTES},
    {"max-formatting", required_argument, NULL, OPT_MAX_FORMATTING},
    {"recursive", required_argument, NULL, 'r'},
    {"files-from", required_argument, NULL, OPT_FILES_FROM},
    {"all-files", no_argument, NULL, OPT_ALL_FILES},
    {"jobs", required_argument, NULL, 'j'},
    {"isolate", no_argument, NULL, OPT_ISOLATE},
    {"quiet", no_argument, NULL, 'q'},
    {"internal-worker", no_argument, NULL, OPT_WORKER},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* One option; EXIT_OK or a usage error. */
static int take_option(int ch, const char *arg, cli *c)
{
    switch (ch) {
    case 'f':
        return parse_format(arg, c);
    case 'o':
        c->output = arg;
        break;
    case 'u':
        c->opt.url = arg;
        break;
    case OPT_CHARSET:
        c->opt.charset = arg;
        break;
    case OPT_INPUT:
        if (!strcmp(arg, "auto"))
            c->opt.input = PITH_INPUT_AUTO;
        else if (!strcmp(arg, "html"))
            c->opt.input = PITH_INPUT_HTML;
        else if (!strcmp(arg, "text"))
            c->opt.input = PITH_INPUT_TEXT;
        else
            return usage_error("unknown input type '%s' (auto, html or text)", arg);
        break;
    case OPT_FAVOR:
        if (!strcmp(arg, "balanced"))
            c->opt.favor = PITH_FAVOR_BALANCED;
        else if (!strcmp(arg, "precision"))
            c->opt.favor = PITH_FAVOR_PRECISION;
        else if (!strcmp(arg, "recall"))
            c->opt.favor = PITH_FAVOR_RECALL;
        else
            return usage_error("--favor takes balanced, precision or recall, not '%s'", arg);
        break;
    case OPT_NO_TABLES:
        c->opt.flags |= PITH_OPT_NO_TABLES;
        break;
    case OPT_COMMENTS:
        c->opt.flags |= PITH_OPT_COMMENTS;
        break;
    case OPT_PAGETYPE:
        if (!is_pagetype(arg))
            return usage_error("--pagetype takes article, forum, product, collection, listing, "
                               "documentation, service or other, not '%s'", arg);
        c->opt.pagetype = arg;
        break;
    case OPT_NO_FALLBACK:
        c->opt.flags |= PITH_OPT_NO_FALLBACK;
        break;
    case OPT_BASE_URL:
        if (!strchr(arg, ':'))
            return usage_error("--base-url needs an absolute URL, not '%s'", arg);
        c->opt.base_url = arg;
        break;
    case OPT_LINKS:
        c->render_flags |= PITH_RENDER_LINKS;
        break;
    case OPT_IMAGES:
        c->render_flags |= PITH_RENDER_IMAGES;
        break;
    case OPT_WITH_METADATA:
        c->render_flags |= PITH_RENDER_METADATA;
        break;
    case OPT_WITH_TITLE:
        c->render_flags |= PITH_RENDER_TITLE;
        break;
    case OPT_FRAGMENT:
        c->render_flags |= PITH_RENDER_FRAGMENT;
        break;
    case OPT_JSON_INCLUDE:
        if (parse_json_include(arg, &c->render_flags) != 0)
            return usage_error("--json-include takes html, markdown or both, not '%s'", arg);
        break;
    case OPT_EXPLAIN:
        c->explain = true;
        break;
    case OPT_MAX_BYTES:
        if (!(c->opt.max_bytes = parse_size(arg)))
            return usage_error("--max-bytes needs a positive size, not '%s'", arg);
        c->max_bytes_given = true;
        break;
    case OPT_MAX_MEMORY:
        if (!(c->opt.max_memory = parse_size(arg)))
            return usage_error("--max-memory needs a positive size, not '%s'", arg);
        break;
    case OPT_TIMEOUT: {
        size_t ms = parse_size(arg);
        if (!ms || ms > 86400000u)
            return usage_error("--timeout-ms needs a number of milliseconds, not '%s'", arg);
        c->opt.timeout_ms = (unsigned)ms;
        c->timeout_given = true;
        break;
    }
    case OPT_MAX_DEPTH: case OPT_MAX_ATTRIBUTES: case OPT_MAX_FORMATTING: {
        size_t v = parse_size(arg);
        if (!v || v > 1000000u)
            return usage_error("this limit needs a number from 1 to 1000000, not '%s'", arg);
        if (ch == OPT_MAX_DEPTH)
            c->opt.max_depth = (unsigned)v;
        else if (ch == OPT_MAX_ATTRIBUTES)
            c->opt.max_attributes = (unsigned)v;
        else
            c->opt.max_formatting = (unsigned)v;
        break;
    }
    case 'r':
        return add_dir(c, arg);
    case OPT_FILES_FROM:
        if (c->files_from)
            return usage_error("--files-from may be given once%s", "");
        c->files_from = arg;
        break;
    case OPT_ALL_FILES:
        c->all_files = true;
        break;
    case 'j': {
        size_t n = parse_size(arg);
        if (!n || n > 1024)
            return usage_error("--jobs needs a number from 1 to 1024, not '%s'", arg);
        c->jobs = (unsigned)n;
        break;
    }
    case OPT_ISOLATE:
        c->isolate = true;
        break;
    case 'q':
        c->quiet = true;
        break;
    case OPT_WORKER:
        c->worker = true;
        break;
    case 'h':
        fputs(usage_text, stdout);
        exit(EXIT_OK);
    case 'V':
        printf("pith %s\n", pith_version());
        exit(EXIT_OK);
    }
    return EXIT_OK;
}

/* Checks that need every option. */
static int check_combination(cli *c)
{
    for (size_t i = 0; c->files_from && !strcmp(c->files_from, "-") && i < c->n_files; i++)
        if (!strcmp(c->files[i], "-"))
            return usage_error("standard input cannot be both --files-from - and an input%s",
                               "");
    if (c->all_files && c->n_dirs == 0)
        return usage_error("--all-files goes with -r DIR%s", "");
    bool several = c->n_files > 1 || c->n_dirs > 0 || c->files_from;
    if (several && !c->output && c->format_given && !c->jsonl && c->format != PITH_FORMAT_JSON)
        return usage_error("several documents need --format jsonl, or -o DIR for one file "
                           "per page%s", "");
    return EXIT_OK;
}

int cli_parse_args(int argc, char **argv, cli *c)
{
    memset(c, 0, sizeof *c);
    pith_options_init(&c->opt);
    c->format = PITH_FORMAT_TEXT;
    c->argc = argc;
    c->argv = argv;
    int ch;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, ":f:o:u:r:j:qhV", longopts, NULL)) != -1) {
        if (ch == ':')
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        if (ch == '?')
            return usage_error("unknown option '%s'", argv[optind - 1]);
        int rc = take_option(ch, optarg, c);
        if (rc != EXIT_OK)
            return rc;
    }
    c->files = argv + optind;
    c->n_files = (size_t)(argc - optind);
    if (c->output && !c->format_given)
        format_from_output(c);
    if (c->explain)
        c->opt.explain = cli_explain_hook;
    return c->worker ? EXIT_OK : check_combination(c);
}

void cli_free(cli *c)
{
    free(c->dirs);
    c->dirs = NULL;
    c->n_dirs = 0;
}

bool cli_is_batch(const cli *c)
{
    return c->n_files > 1 || c->n_dirs > 0 || c->files_from || c->jsonl;
}

void cli_batch_settle(cli *c)
{
    if (!c->max_bytes_given)
        c->opt.max_bytes = CLI_BATCH_MAX_BYTES;
    if (c->isolate && !c->timeout_given)
        c->opt.timeout_ms = CLI_ISOLATE_TIMEOUT_MS;
    size_t n = c->output ? strlen(c->output) : 0;
    bool jsonl_name = n > 6 && strcmp(c->output + n - 6, ".jsonl") == 0;
    if (jsonl_name && (!c->format_given || c->format == PITH_FORMAT_JSON))
        c->jsonl = true;
    /* Any other -o of a batch is a directory: its name picks no format. */
    if (c->format_from_output && !c->jsonl)
        c->format = PITH_FORMAT_TEXT;
    if (!c->output || c->jsonl) {
        c->jsonl = true;
        c->format = PITH_FORMAT_JSON;
    }
}
