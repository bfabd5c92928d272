/* 8 threads call every function of zego_codes.h at once, for every code of the
 * expectations, and compare each answer with the core's; and the product functions for every
 * entry of every product, each answer held to the library's own other answers (the products
 * test holds them to the oracle). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zego_codes.h"
#include "expect.h"
#include "family.h"

enum { THREADS = 8 };

static struct expectations e;
static char **lines; /* expected_line of record i in language l at [2 * i + l] */
static int rounds;
static pthread_barrier_t start;

static long one_round(void) {
    long failures = 0;
    size_t i;
    int k;
    char buf[64];
    for (i = 0; i < e.count; i++) {
        const struct expect_record *r = &e.records[i];
        const struct family *f = family_of(r->kind);
        for (k = 0; k < F_TEXTS; k++) failures += strcmp(f->text[k](r->code), r->text[k]) != 0;
        failures += f->is_known(r->code) != (r->known != 0);
        failures += f->is_retryable(r->code) != (r->retryable != 0);
        failures += f->category(r->code) != r->category;
        failures += f->guidance(r->code) != r->guidance;
        failures += zego_code_is_success(r->code) != (r->code == 0);
        for (k = 0; k < 2; k++) {
            const char *want = lines[2 * i + (size_t)k];
            size_t full = f->format[k](r->code, buf, sizeof buf);
            failures += full != strlen(want);
            failures += strncmp(buf, want, strlen(buf)) != 0 || strlen(buf) >= sizeof buf;
        }
        {
            size_t index = i % (f->count() + 1);
            uint32_t at = f->at(index);
            failures += index == f->count() ? at != UINT32_MAX : !f->is_known(at);
        }
    }
    failures += strcmp(zego_codes_version(), e.version) != 0;
    return failures;
}

/* Every entry of every product through the product and section lookups and the
 * definitions: each must know it, name the same section and product, and answer alike. */
static long product_round(void) {
    long failures = 0;
    uint32_t p, f, code = 0, section = 0, q, s;
    size_t i, d;
    char buf[64];
    for (p = 0; p < zego_product_count(); p++) {
        for (f = ZEGO_FAMILY_RETURN; f <= ZEGO_FAMILY_EVENT; f++) {
            for (i = 0; zego_product_meaning(p, f, i, &code, &section); i++) {
                const int event = f == ZEGO_FAMILY_EVENT;
                const char *message = event ? zego_product_event_message(p, code)
                                            : zego_product_code_message(p, code);
                const int ambiguous = event ? zego_product_event_is_ambiguous(p, code)
                                            : zego_product_code_is_ambiguous(p, code);
                failures += !(event ? zego_product_event_is_known(p, code)
                                    : zego_product_code_is_known(p, code));
                failures += (event ? zego_product_event_format(p, code, buf, sizeof buf)
                                   : zego_product_code_format(p, code, buf, sizeof buf)) == 0;
                if (section != ZEGO_SECTION_NONE) {
                    failures += !zego_section_code_is_known(section, code);
                    failures += zego_section_product(section) != p;
                    failures += zego_section_family(section) != f;
                    failures += strcmp(zego_section_code_name(section, code), "") == 0;
                    failures += ambiguous && strcmp(zego_section_code_message(section, code), message) == 0;
                }
                /* The entry is among the definitions of its number. */
                for (d = 0; zego_definition(f, code, d, &q, &s); d++)
                    if (q == p && s == section) break;
                failures += d == zego_definitions_count(f, code);
            }
        }
    }
    return failures;
}

static void *worker(void *arg) {
    long failures = 0;
    int n;
    (void)arg;
    pthread_barrier_wait(&start);
    for (n = 0; n < rounds; n++) failures += one_round() + product_round();
    return (void *)(intptr_t)failures;
}

int main(int argc, char **argv) {
    pthread_t threads[THREADS];
    long failures = 0;
    size_t i;
    int t;
    if (argc != 3) {
        fprintf(stderr, "usage: %s EXPECTATIONS ROUNDS\n", argv[0]);
        return 2;
    }
    e = expect_load(argv[1]);
    rounds = atoi(argv[2]);
    lines = (char **)malloc(2 * e.count * sizeof *lines);
    for (i = 0; i < e.count; i++)
        for (t = 0; t < 2; t++) lines[2 * i + (size_t)t] = expected_line(&e.records[i], t);
    pthread_barrier_init(&start, NULL, THREADS);
    for (t = 0; t < THREADS; t++)
        if (pthread_create(&threads[t], NULL, worker, NULL) != 0) return 2;
    for (t = 0; t < THREADS; t++) {
        void *result;
        pthread_join(threads[t], &result);
        failures += (long)(intptr_t)result;
    }
    pthread_barrier_destroy(&start);
    printf("test_threads: %d threads x %d rounds x %lu codes, %ld failures\n", THREADS, rounds,
           (unsigned long)e.count, failures);
    for (i = 0; i < 2 * e.count; i++) free(lines[i]);
    free(lines);
    expect_free(&e);
    CHECK(failures == 0, "%ld answers differed from the core's", failures);
    return expect_failures == 0 ? 0 : 1;
}
