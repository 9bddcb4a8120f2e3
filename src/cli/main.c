/*
 * main.c — the pith command-line tool: one page, or a batch.
 *
 * `pith [FILE]` reads one page (FILE or standard input), extracts it with
 * libpith and writes the result to standard output or -o FILE.  Several
 * FILEs, -r DIR, --files-from, --format jsonl, or an input that turns out
 * to be a WARC archive make a batch run (produce.c).  The tool uses nothing
 * but the public header, so it is also the API's first user.
 *
 * Exit codes (also in --help and the README):
 *   0  the article was extracted (batch: no document failed)
 *   1  the page holds no main content
 *   2  usage error (unknown option, bad value)
 *   3  the input could not be read or is not a page (missing file, empty,
 *      binary, larger than --max-bytes)
 *   4  a resource limit was reached or memory ran out (batch: the output
 *      could not be written)
 *   5  batch: at least one document failed; its record carries the error
 *   130  batch: interrupted by SIGINT or SIGTERM, after the summary
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* One input: a page, unless it turns out to be a WARC. */
static int run_one_input(const cli *c)
{
    const char *path = c->n_files ? c->files[0] : "-";
    cli_reader in;
    int err = cli_reader_open(&in, path);
    if (err) {
        fprintf(stderr, "pith: %s: %s\n", path, strerror(err));
        return EXIT_INPUT;
    }
    pith_input_kind kind = cli_reader_sniff(&in);
    int rc = (kind == PITH_INPUT_WARC || kind == PITH_INPUT_WARC_GZIP)
                 ? cli_run_batch(c, &in)
                 : cli_run_single(c, &in);
    cli_reader_close(&in);
    return rc;
}

int main(int argc, char **argv)
{
    cli c;
    int rc = cli_parse_args(argc, argv, &c);
    if (rc != EXIT_OK) {
        cli_free(&c);
        return rc;
    }
    if (c.worker)
        rc = cli_run_worker(&c);
    else if (cli_is_batch(&c))
        rc = cli_run_batch(&c, NULL);
    else
        rc = run_one_input(&c);
    cli_free(&c);
    return rc;
}
