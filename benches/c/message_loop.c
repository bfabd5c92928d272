/* Calls zego_code_message (or glibc's strerror, for comparison) N times over a mix of
 * known and unknown codes. Run under `valgrind --tool=callgrind` with N and with 0: the
 * difference in instructions divided by N is the cost of one loop iteration.
 *
 * usage: message_loop N zego|zego-known|strerror */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zego_codes.h"

#define MIX 64 /* a power of two, so the index is a mask */

/* The loops live in functions of their own so that the counter, the sum and the table stay
 * in registers, and the figure is the call's rather than the bookkeeping of main. */
static size_t sum_messages(const uint32_t *codes, long n) {
    size_t sum = 0;
    for (long i = 0; i < n; i++) {
        sum += (unsigned char)zego_code_message(codes[i & (MIX - 1)])[0];
    }
    return sum;
}

static size_t sum_strerror(long n) {
    size_t sum = 0;
    for (long i = 0; i < n; i++) {
        sum += (unsigned char)strerror((int)(i & 127))[0];
    }
    return sum;
}

int main(int argc, char **argv) {
    const char *what = argc == 3 ? argv[2] : "";
    int mixed = strcmp(what, "zego") == 0, known_only = strcmp(what, "zego-known") == 0;
    if (!mixed && !known_only && strcmp(what, "strerror") != 0) {
        fprintf(stderr, "usage: %s N zego|zego-known|strerror\n", argv[0]);
        return 2;
    }
    long n = atol(argv[1]);

    /* Known codes walking the catalog; with "zego", every other slot a near miss instead. */
    static const uint32_t misses[] = {1, 100000016, 410000000, 410001012, 410009999, UINT32_MAX};
    uint32_t codes[MIX];
    size_t known = zego_code_count();
    for (size_t i = 0; i < MIX; i++) {
        codes[i] = (known_only || i % 2 == 0) ? zego_code_at((i * 7) % known) : misses[i % 6];
    }

    printf("%zu\n", (mixed || known_only) ? sum_messages(codes, n) : sum_strerror(n));
    return 0;
}
