/*
 * fnv.h — the FNV-1a hash (Fowler, Noll and Vo): its published offset
 * bases and primes and its step, one definition for every stage that
 * hashes bytes into a table (class memos, groups of alike elements, tag
 * names, repeated blocks and lines).
 *
 * A hash starts at the basis and takes each byte with the step; callers
 * fold the bytes they hash (case, digits) before the step.  The 32-bit form
 * picks a table's slot; the 64-bit form stands for a text where equal
 * hashes are taken for equal texts.
 */
#ifndef PITH_UTIL_FNV_H
#define PITH_UTIL_FNV_H

#include <stdint.h>

#define PITH_FNV1A_32_BASIS 2166136261u             /* 0x811c9dc5 */
#define PITH_FNV1A_32_PRIME 16777619u               /* 0x01000193 */
#define PITH_FNV1A_64_BASIS 14695981039346656037ull /* 0xcbf29ce484222325 */
#define PITH_FNV1A_64_PRIME 1099511628211ull        /* 0x00000100000001b3 */

/* The 32-bit hash h taking byte c. */
static inline uint32_t pith_fnv1a_32(uint32_t h, unsigned char c)
{
    return (h ^ c) * PITH_FNV1A_32_PRIME;
}

/* The 64-bit hash h taking byte c. */
static inline uint64_t pith_fnv1a_64(uint64_t h, unsigned char c)
{
    return (h ^ c) * PITH_FNV1A_64_PRIME;
}

#endif
