/*
 * reader.c — one input, read through a file descriptor.
 *
 * An input is opened once and read once, start to end, so pipes and
 * standard input work like files.  Its first bytes are read ahead to tell
 * a page from a gzip page or a WARC (by content, never by name); the
 * read-ahead bytes are then served again before the rest, so the WARC
 * reader and gunzip see the whole input.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define SNIFF_BYTES (64 * 1024)
#define READ_CHUNK (64 * 1024)

int cli_reader_open(cli_reader *s, const char *path)
{
    memset(s, 0, sizeof *s);
    if (!strcmp(path, "-")) {
        s->fd = STDIN_FILENO;
        s->name = "<stdin>";
        return 0;
    }
    s->name = path;
    s->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (s->fd < 0)
        return errno;
    s->own_fd = true;
    struct stat st;
    if (fstat(s->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_reader_close(s);
        return EISDIR;
    }
    return 0;
}

void cli_reader_close(cli_reader *s)
{
    if (s->own_fd && s->fd >= 0)
        close(s->fd);
    s->fd = -1;
    s->own_fd = false;
    free(s->head);
    s->head = NULL;
    s->head_len = s->head_pos = s->head_cap = 0;
    s->head_eof = false;
}

unsigned long long cli_reader_size(const cli_reader *s)
{
    struct stat st;
    if (s->fd >= 0 && fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode))
        return (unsigned long long)st.st_size;
    return 0;
}

/* read(2), -1 with s->error set on failure.  An interrupted read is
 * retried, unless the batch run is stopping (SIGINT while the producer
 * waits on a slow pipe). */
static long read_fd(cli_reader *s, void *buf, size_t n)
{
    for (;;) {
        ssize_t got = read(s->fd, buf, n);
        if (got >= 0) {
            s->bytes += (unsigned long long)got;
            return (long)got;
        }
        if (errno != EINTR || cli_stop_requested()) {
            s->error = errno;
            return -1;
        }
    }
}

/* The read-ahead buffer's size: a file smaller than SNIFF_BYTES fits in
 * its size and a byte more (where its end is seen, and the page's NUL
 * goes), so that a small page is read into one small buffer, once. */
static size_t sniff_cap(const cli_reader *s)
{
    unsigned long long size = cli_reader_size(s);
    return size > 0 && size < SNIFF_BYTES ? (size_t)size + 1 : SNIFF_BYTES;
}

pith_input_kind cli_reader_sniff(cli_reader *s)
{
    if (!s->head) {
        s->head_cap = sniff_cap(s);
        s->head = malloc(s->head_cap);
        if (!s->head)
            return PITH_INPUT_PAGE;
        while (s->head_len < s->head_cap) {
            long n = read_fd(s, s->head + s->head_len, s->head_cap - s->head_len);
            if (n <= 0) {
                s->head_eof = n == 0;
                break;
            }
            s->head_len += (size_t)n;
        }
    }
    return pith_sniff_input(s->head, s->head_len);
}

long cli_reader_read(void *stream, void *buf, size_t n)
{
    cli_reader *s = stream;
    if (s->head_pos < s->head_len) {
        size_t k = s->head_len - s->head_pos;
        if (k > n)
            k = n;
        memcpy(buf, s->head + s->head_pos, k);
        s->head_pos += k;
        return (long)k;
    }
    if (s->error)
        return -1;
    return read_fd(s, buf, n);
}

/* The rest of a plain page, at most max bytes. */
static pith_warc_error read_plain(cli_reader *s, size_t max, char **data, size_t *len)
{
    size_t cap = s->head_len - s->head_pos + READ_CHUNK, n = 0;
    char *buf = NULL;
    for (;;) {
        if (n > max)
            break;
        if (!buf || cap - n < 2) {
            cap = buf ? cap * 2 : cap;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return PITH_WARC_NOMEM;
            }
            buf = nb;
        }
        long got = cli_reader_read(s, buf + n, cap - n - 1);
        if (got < 0) {
            free(buf);
            return PITH_WARC_READ_ERROR;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    if (n > max) {
        free(buf);
        return PITH_WARC_TOO_LARGE;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return PITH_WARC_OK;
}

pith_warc_error cli_reader_read_page(cli_reader *s, pith_input_kind kind, size_t max,
                                     char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    unsigned long long size = cli_reader_size(s);
    if (kind == PITH_INPUT_GZIP_PAGE)
        return pith_gunzip(cli_reader_read, s, max, data, len);
    if (size > max)
        return PITH_WARC_TOO_LARGE;
    if (s->head_eof && s->head_pos == 0 && s->head_len < s->head_cap && s->head_len <= max) {
        /* The whole page is read ahead: it is the page, not copied. */
        s->head[s->head_len] = '\0';
        *data = s->head;
        *len = s->head_len;
        s->head = NULL;
        s->head_len = s->head_cap = 0;
        return PITH_WARC_OK;
    }
    return read_plain(s, max, data, len);
}
