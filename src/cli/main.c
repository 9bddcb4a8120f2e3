/*
 * main.c — the pith command-line tool.
 *
 * Reads one page (a FILE argument or standard input), extracts it with
 * libpith and writes the result to standard output or -o FILE.  It uses
 * nothing but the public header, so the tool is also the API's first user.
 *
 * Exit codes (also in --help and the README):
 *   0  the article was extracted
 *   1  the page holds no main content
 *   2  usage error (unknown option, bad value)
 *   3  the input could not be read or is not a page (missing file, empty,
 *      binary, larger than --max-bytes)
 *   4  a resource limit was reached or memory ran out
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"

enum {
    EXIT_OK = 0,
    EXIT_NO_CONTENT = 1,
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,
    EXIT_LIMIT = 4
};

static const char usage_text[] =
    "Usage: pith [OPTIONS] [FILE]\n"
    "Extract the main text and metadata of a web page.\n"
    "Reads FILE, or standard input when no FILE is given (or FILE is -).\n"
    "\n"
    "Output:\n"
    "  -f, --format FMT     text (default), json, markdown, html, xml, csv\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "      --links          keep link targets (markdown, html, xml)\n"
    "      --images         keep images (markdown, html, xml)\n"
    "      --with-metadata  text, markdown: YAML front matter with the metadata\n"
    "      --fragment       html: the article as a fragment, not a whole document\n"
    "      --json-include LIST  json: add the article as html and/or markdown\n"
    "                       (comma-separated: html,markdown)\n"
    "\n"
    "Extraction:\n"
    "  -u, --url URL        the page's address (base for links, hostname)\n"
    "      --charset NAME   the page's charset as sent by the server\n"
    "      --favor MODE     balanced (default), precision or recall\n"
    "      --base-url URL   resolve relative links against URL (default: the page's\n"
    "                       <base>, its canonical URL, or --url)\n"
    "      --no-tables      leave tables out of the article\n"
    "      --comments       extract the page's user comments, apart from the article\n"
    "      --explain        list every removed block and the rule that removed it\n"
    "                       on standard error\n"
    "\n"
    "Limits:\n"
    "      --max-bytes N    refuse inputs larger than N bytes (default 64M;\n"
    "                       suffixes K, M, G)\n"
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
    "  0  the article was extracted\n"
    "  1  the page holds no main content\n"
    "  2  usage error\n"
    "  3  the input could not be read or is not a web page\n"
    "  4  a resource limit was reached or memory ran out\n";

typedef struct cli {
    pith_options opt;
    pith_format format;
    unsigned render_flags; /* PITH_RENDER_* */
    const char *output;
    const char *input;
    int explain;
} cli;

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

static void explain_hook(const pith_removal *r, void *userdata)
{
    (void)userdata;
    fprintf(stderr, "pith: removed <%s> by %s (%s, %zu bytes): %s%s\n", r->tag, r->rule,
            r->stage, r->text_len, r->snippet, r->text_len > strlen(r->snippet) ? "..." : "");
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

/* Read a whole stream, refusing more than limit bytes.  Returns 0, or an
 * exit code after printing the reason. */
static int read_all(FILE *f, const char *name, size_t limit, char **data, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fprintf(stderr, "pith: %s: out of memory\n", name);
        return EXIT_LIMIT;
    }
    for (;;) {
        if (n == cap) {
            if (cap > limit) {
                free(buf);
                fprintf(stderr, "pith: %s: input larger than --max-bytes (%zu bytes)\n", name,
                        limit);
                return EXIT_INPUT;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fprintf(stderr, "pith: %s: out of memory\n", name);
                return EXIT_LIMIT;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                fprintf(stderr, "pith: %s: %s\n", name, strerror(errno));
                free(buf);
                return EXIT_INPUT;
            }
            break;
        }
    }
    if (n > limit) {
        free(buf);
        fprintf(stderr, "pith: %s: input larger than --max-bytes (%zu bytes)\n", name, limit);
        return EXIT_INPUT;
    }
    *data = buf;
    *len = n;
    return EXIT_OK;
}

static int parse_args(int argc, char **argv, cli *c)
{
    enum { OPT_CHARSET = 256, OPT_FAVOR, OPT_NO_TABLES, OPT_EXPLAIN, OPT_MAX_BYTES,
           OPT_MAX_MEMORY, OPT_TIMEOUT, OPT_LINKS, OPT_IMAGES, OPT_WITH_METADATA, OPT_FRAGMENT,
           OPT_JSON_INCLUDE, OPT_BASE_URL, OPT_COMMENTS, OPT_MAX_DEPTH, OPT_MAX_ATTRIBUTES,
           OPT_MAX_FORMATTING };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"url", required_argument, NULL, 'u'},
        {"charset", required_argument, NULL, OPT_CHARSET},
        {"favor", required_argument, NULL, OPT_FAVOR},
        {"no-tables", no_argument, NULL, OPT_NO_TABLES},
        {"comments", no_argument, NULL, OPT_COMMENTS},
        {"base-url", required_argument, NULL, OPT_BASE_URL},
        {"links", no_argument, NULL, OPT_LINKS},
        {"images", no_argument, NULL, OPT_IMAGES},
        {"with-metadata", no_argument, NULL, OPT_WITH_METADATA},
        {"fragment", no_argument, NULL, OPT_FRAGMENT},
        {"json-include", required_argument, NULL, OPT_JSON_INCLUDE},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
        {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
        {"timeout-ms", required_argument, NULL, OPT_TIMEOUT},
        {"max-depth", required_argument, NULL, OPT_MAX_DEPTH},
        {"max-attributes", required_argument, NULL, OPT_MAX_ATTRIBUTES},
        {"max-formatting", required_argument, NULL, OPT_MAX_FORMATTING},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    int ch;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, ":f:o:u:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (pith_format_from_name(optarg, &c->format) != 0)
                return usage_error("unknown format '%s'", optarg);
            break;
        case 'o':
            c->output = optarg;
            break;
        case 'u':
            c->opt.url = optarg;
            break;
        case OPT_CHARSET:
            c->opt.charset = optarg;
            break;
        case OPT_FAVOR:
            if (!strcmp(optarg, "balanced"))
                c->opt.favor = PITH_FAVOR_BALANCED;
            else if (!strcmp(optarg, "precision"))
                c->opt.favor = PITH_FAVOR_PRECISION;
            else if (!strcmp(optarg, "recall"))
                c->opt.favor = PITH_FAVOR_RECALL;
            else
                return usage_error("--favor takes balanced, precision or recall, not '%s'",
                                   optarg);
            break;
        case OPT_NO_TABLES:
            c->opt.flags |= PITH_OPT_NO_TABLES;
            break;
        case OPT_COMMENTS:
            c->opt.flags |= PITH_OPT_COMMENTS;
            break;
        case OPT_BASE_URL:
            if (!strchr(optarg, ':'))
                return usage_error("--base-url needs an absolute URL, not '%s'", optarg);
            c->opt.base_url = optarg;
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
        case OPT_FRAGMENT:
            c->render_flags |= PITH_RENDER_FRAGMENT;
            break;
        case OPT_JSON_INCLUDE:
            if (parse_json_include(optarg, &c->render_flags) != 0)
                return usage_error("--json-include takes html, markdown or both, not '%s'",
                                   optarg);
            break;
        case OPT_EXPLAIN:
            c->explain = 1;
            break;
        case OPT_MAX_BYTES:
            if (!(c->opt.max_bytes = parse_size(optarg)))
                return usage_error("--max-bytes needs a positive size, not '%s'", optarg);
            break;
        case OPT_MAX_MEMORY:
            if (!(c->opt.max_memory = parse_size(optarg)))
                return usage_error("--max-memory needs a positive size, not '%s'", optarg);
            break;
        case OPT_TIMEOUT: {
            size_t ms = parse_size(optarg);
            if (!ms || ms > 86400000u)
                return usage_error("--timeout-ms needs a number of milliseconds, not '%s'",
                                   optarg);
            c->opt.timeout_ms = (unsigned)ms;
            break;
        }
        case OPT_MAX_DEPTH: case OPT_MAX_ATTRIBUTES: case OPT_MAX_FORMATTING: {
            size_t v = parse_size(optarg);
            if (!v || v > 1000000u)
                return usage_error("this limit needs a number from 1 to 1000000, not '%s'",
                                   optarg);
            if (ch == OPT_MAX_DEPTH)
                c->opt.max_depth = (unsigned)v;
            else if (ch == OPT_MAX_ATTRIBUTES)
                c->opt.max_attributes = (unsigned)v;
            else
                c->opt.max_formatting = (unsigned)v;
            break;
        }
        case 'h':
            fputs(usage_text, stdout);
            exit(EXIT_OK);
        case 'V':
            printf("pith %s\n", pith_version());
            exit(EXIT_OK);
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        c->input = argv[optind++];
    if (optind < argc)
        return usage_error("unexpected argument '%s' (one FILE at a time)", argv[optind]);
    return EXIT_OK;
}

static int exit_code_for(pith_status s)
{
    switch (s) {
    case PITH_OK: return EXIT_OK;
    case PITH_NO_CONTENT: return EXIT_NO_CONTENT;
    case PITH_ERR_INPUT: case PITH_ERR_TOO_LARGE: return EXIT_INPUT;
    case PITH_ERR_ARGUMENT: return EXIT_USAGE;
    default: return EXIT_LIMIT;
    }
}

int main(int argc, char **argv)
{
    cli c;
    memset(&c, 0, sizeof c);
    pith_options_init(&c.opt);
    c.format = PITH_FORMAT_TEXT;
    int rc = parse_args(argc, argv, &c);
    if (rc != EXIT_OK)
        return rc;
    if (c.explain)
        c.opt.explain = explain_hook;

    const char *name = c.input && strcmp(c.input, "-") ? c.input : "<stdin>";
    FILE *in = stdin;
    if (c.input && strcmp(c.input, "-")) {
        in = fopen(c.input, "rb");
        if (!in) {
            fprintf(stderr, "pith: %s: %s\n", c.input, strerror(errno));
            return EXIT_INPUT;
        }
    }
    char *data = NULL;
    size_t len = 0;
    rc = read_all(in, name, c.opt.max_bytes, &data, &len);
    if (in != stdin)
        fclose(in);
    if (rc != EXIT_OK)
        return rc;

    pith_result *r = pith_extract(data, len, &c.opt);
    free(data);
    if (!r) {
        fprintf(stderr, "pith: %s: out of memory\n", name);
        return EXIT_LIMIT;
    }
    rc = exit_code_for(r->status);
    if (r->status != PITH_OK)
        fprintf(stderr, "pith: %s: %s\n", name, r->error ? r->error : pith_status_string(r->status));

    /* JSON describes every outcome; the other formats only a success. */
    if (r->status == PITH_OK || c.format == PITH_FORMAT_JSON) {
        size_t n = 0;
        char *out = pith_render(r, c.format, c.render_flags, &n);
        if (!out) {
            fprintf(stderr, "pith: cannot render this format yet\n");
            pith_result_free(r);
            return EXIT_LIMIT;
        }
        FILE *f = stdout;
        if (c.output && !(f = fopen(c.output, "wb"))) {
            fprintf(stderr, "pith: %s: %s\n", c.output, strerror(errno));
            free(out);
            pith_result_free(r);
            return EXIT_INPUT;
        }
        if (fwrite(out, 1, n, f) != n || fflush(f) != 0) {
            fprintf(stderr, "pith: write error: %s\n", strerror(errno));
            rc = EXIT_INPUT;
        }
        if (f != stdout)
            fclose(f);
        free(out);
    }
    pith_result_free(r);
    return rc;
}
