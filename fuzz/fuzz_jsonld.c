/*
 * fuzz_jsonld.c — libFuzzer target for the tolerant JSON-LD reader
 * (src/meta/jsonld_repair.c): repair, then parse into a jansson array.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>

#include "meta/jsonld.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pith_buf out = PITH_BUF_INIT;
    pith_jsonld_repair((const char *)data, size, &out);
    pith_buf_free(&out);
    json_t *all = json_array();
    if (!all)
        return 0;
    size_t n = pith_jsonld_parse((const char *)data, size, all);
    if (n != json_array_size(all))
        abort();
    for (size_t i = 0; i < n; i++) {
        json_t *type = json_object_get(json_array_get(all, i), "@type");
        if (json_is_string(type))
            (void)pith_jsonld_type_rank(json_string_value(type));
    }
    json_decref(all);
    return 0;
}
