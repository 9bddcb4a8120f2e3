/*
 * gumbo_parse.c — the floor of bench/startup.sh: a process that reads one
 * page, parses it with gumbo (default options), frees the tree and exits.
 * Linked with gumbo alone, as the smallest program that reads a page.
 * Usage: gumbo-parse FILE
 */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: gumbo-parse FILE\n", stderr);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            char *grown = realloc(data, cap);
            if (!grown) {
                free(data);
                fclose(f);
                return 1;
            }
            data = grown;
        }
        n = fread(data + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    fclose(f);
    GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, data, len);
    int nodes = out && out->root ? 1 : 0;
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    free(data);
    return nodes ? 0 : 1;
}
