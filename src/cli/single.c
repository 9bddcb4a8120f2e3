/*
 * single.c — one page: read it, extract it, write the result to standard
 * output or -o FILE, and say how it went in the exit code.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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

/* Report why the page could not be read; the exit code. */
static int read_failure(const cli *c, const cli_reader *in, pith_warc_error e)
{
    switch (e) {
    case PITH_WARC_TOO_LARGE:
        fprintf(stderr, "pith: %s: input larger than --max-bytes (%zu bytes)\n", in->name,
                c->opt.max_bytes);
        return EXIT_INPUT;
    case PITH_WARC_NOMEM:
        fprintf(stderr, "pith: %s: out of memory\n", in->name);
        return EXIT_LIMIT;
    case PITH_WARC_READ_ERROR:
        fprintf(stderr, "pith: %s: %s\n", in->name, strerror(in->error ? in->error : EIO));
        return EXIT_INPUT;
    case PITH_WARC_TRUNCATED:
        fprintf(stderr, "pith: %s: the gzip data is cut short\n", in->name);
        return EXIT_INPUT;
    default:
        fprintf(stderr, "pith: %s: the gzip data is corrupt\n", in->name);
        return EXIT_INPUT;
    }
}

/* Write the output; a failure is EXIT_LIMIT ("the output could not be
 * written"), not the input's EXIT_INPUT. */
static int write_output(const cli *c, const char *out, size_t n)
{
    FILE *f = stdout;
    if (c->output && !(f = fopen(c->output, "wb"))) {
        fprintf(stderr, "pith: %s: %s\n", c->output, strerror(errno));
        return EXIT_LIMIT;
    }
    int rc = EXIT_OK;
    if (fwrite(out, 1, n, f) != n || fflush(f) != 0) {
        fprintf(stderr, "pith: %s: the output could not be written: %s\n",
                c->output ? c->output : "standard output", strerror(errno));
        rc = EXIT_LIMIT;
    }
    if (f != stdout && fclose(f) != 0 && rc == EXIT_OK) {
        fprintf(stderr, "pith: %s: the output could not be written: %s\n", c->output,
                strerror(errno));
        rc = EXIT_LIMIT;
    }
    return rc;
}

int cli_run_single(const cli *c, cli_reader *in)
{
    pith_input_kind kind = cli_reader_sniff(in);
    char *data = NULL;
    size_t len = 0;
    pith_warc_error e = cli_reader_read_page(in, kind, c->opt.max_bytes, &data, &len);
    if (e != PITH_WARC_OK)
        return read_failure(c, in, e);

    pith_result *r = pith_extract(data, len, &c->opt);
    free(data);
    if (!r) {
        fprintf(stderr, "pith: %s: out of memory\n", in->name);
        return EXIT_LIMIT;
    }
    int rc = exit_code_for(r->status);
    if (c->explain)
        cli_explain_result(r);
    if (r->status != PITH_OK)
        fprintf(stderr, "pith: %s: %s\n", in->name,
                r->error ? r->error : pith_status_string(r->status));

    size_t n = 0;
    bool oom = false;
    char *out = cli_render(c, r, &n, &oom);
    if (out) {
        int wrc = write_output(c, out, n);
        if (wrc != EXIT_OK)
            rc = wrc;
        free(out);
    } else if (oom) {
        fprintf(stderr, "pith: %s: the page could not be rendered: %s\n", in->name,
                cli_render_failure(errno));
        rc = EXIT_LIMIT;
    }
    pith_result_free(r);
    return rc;
}
