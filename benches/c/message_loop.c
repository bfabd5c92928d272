/* Calls zego_code_message (or zego_product_code_message, or glibc's strerror, for
 * comparison) N times over a mix of known and unknown codes. Run under
 * `valgrind --tool=callgrind` with N and with 0: the difference in instructions divided by N
 * is the cost of one loop iteration.
 *
 * usage: message_loop N zego-known|zego-unknown|zego-mixed|product-known|product-unknown|
 *                       product-mixed|rtc-known|rtc-unknown|rtc-mixed|strerror
 * (mixed: one unknown code in four, a caller's mix; product-*: every product's return codes,
 * each looked up in its own product; rtc-*: RTC's return codes, the product a constant at the
 * call site, as a caller of one ZEGO API writes it) */
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

static size_t sum_product_messages(const uint32_t *products, const uint32_t *codes, long n) {
    size_t sum = 0;
    for (long i = 0; i < n; i++) {
        sum += (unsigned char)zego_product_code_message(products[i & (MIX - 1)],
                                                        codes[i & (MIX - 1)])[0];
    }
    return sum;
}

static size_t sum_rtc_messages(const uint32_t *codes, long n) {
    size_t sum = 0;
    for (long i = 0; i < n; i++) {
        sum += (unsigned char)zego_product_code_message(ZEGO_PRODUCT_RTC, codes[i & (MIX - 1)])[0];
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
    int product = strncmp(what, "product-", 8) == 0, rtc = strncmp(what, "rtc-", 4) == 0;
    const char *mix = product                           ? what + 8
                      : rtc                             ? what + 4
                      : strncmp(what, "zego-", 5) == 0 ? what + 5
                                                        : "";
    /* Of every four codes, how many are unknown. */
    int unknown_in_four = strcmp(mix, "known") == 0     ? 0
                          : strcmp(mix, "mixed") == 0   ? 1
                          : strcmp(mix, "unknown") == 0 ? 4
                                                        : -1;
    if (unknown_in_four < 0 && strcmp(what, "strerror") != 0) {
        fprintf(stderr,
                "usage: %s N zego-known|zego-unknown|zego-mixed|product-known|"
                "product-unknown|product-mixed|rtc-known|rtc-unknown|rtc-mixed|strerror\n",
                argv[0]);
        return 2;
    }
    long n = atol(argv[1]);

    /* Known codes walking the catalog, with near misses in every range instead where the
     * mix asks for them. */
    static const uint32_t misses[] = {1, 100000999, 410000000, 410009999, 410999999, UINT32_MAX};
    uint32_t codes[MIX];
    size_t known = zego_code_count();
    for (size_t i = 0; i < MIX; i++) {
        codes[i] = (int)(i % 4) < unknown_in_four ? misses[(i / 4) % 6] : zego_code_at((i * 7) % known);
    }

    if (product || rtc) {
        /* Every product in turn (or RTC alone), each with its known return codes walked (or,
         * where the mix asks for them, a code just past one it knows, which it does not hold). */
        uint32_t products[MIX];
        for (size_t i = 0; i < MIX; i++) {
            uint32_t p = rtc ? ZEGO_PRODUCT_RTC : (uint32_t)(i % zego_product_count()), code = 0;
            size_t count = zego_product_meaning_count(p, ZEGO_FAMILY_RETURN);
            zego_product_meaning(p, ZEGO_FAMILY_RETURN, (i * 7) % count, &code, NULL);
            if ((int)(i % 4) < unknown_in_four) {
                while (zego_product_code_is_known(p, code)) code++;
            }
            products[i] = p;
            codes[i] = code;
        }
        printf("%zu\n", rtc ? sum_rtc_messages(codes, n) : sum_product_messages(products, codes, n));
        return 0;
    }
    printf("%zu\n", unknown_in_four >= 0 ? sum_messages(codes, n) : sum_strerror(n));
    return 0;
}
