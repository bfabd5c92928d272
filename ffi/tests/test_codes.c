/* Every function of zego_codes.h against the core's answers for every known code and a set
 * of edge codes (ffi/tests/run.sh passes the expectations file). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zego_codes.h"
#include "expect.h"
#include "family.h"

/* Every ZEGO_CODE_ and ZEGO_EVENT_ constant of the header, extracted by run.sh. */
static const struct {
    char kind;
    const char *name;
    uint32_t value;
} constants[] = {
#include "constants_table.h"
};

/* Edge codes (the ends of the ranges and of uint32_t, numbers inside a range): the
   expectations must cover each, whether the catalog holds it or not. */
/* lint-tests: an edge the expectations cover whether the catalog holds it or not */
static const uint32_t required_edges[] = {0, 1, 99999999u, 100000016u, 410000000u, 410001012u,
                                          UINT32_MAX};

static void check_version(const struct expectations *e) {
    char macros[64];
    CHECK(strcmp(zego_codes_version(), e->version) == 0, "library %s, Cargo.toml %s",
          zego_codes_version(), e->version);
    CHECK(strcmp(ZEGO_CODES_VERSION, e->version) == 0, "header %s, Cargo.toml %s",
          ZEGO_CODES_VERSION, e->version);
    snprintf(macros, sizeof macros, "%d.%d.%d", ZEGO_CODES_VERSION_MAJOR,
             ZEGO_CODES_VERSION_MINOR, ZEGO_CODES_VERSION_PATCH);
    CHECK(strcmp(macros, e->version) == 0, "version macros give %s, Cargo.toml %s", macros,
          e->version);
#if ZEGO_CODES_VERSION_MAJOR < 0 || ZEGO_CODES_VERSION_MINOR < 0 || ZEGO_CODES_VERSION_PATCH < 0
#error "version macros must be usable in #if"
#endif
}

static void check_record(const struct expect_record *r) {
    const struct family *f = family_of(r->kind);
    int i;
    for (i = 0; i < F_TEXTS; i++) {
        const char *got = f->text[i](r->code);
        CHECK(got != NULL, "%s %lu field %d is NULL", f->what, (unsigned long)r->code, i);
        if (got == NULL) continue;
        CHECK(strcmp(got, r->text[i]) == 0, "%s %lu field %d: got \"%s\", want \"%s\"", f->what,
              (unsigned long)r->code, i, got, r->text[i]);
        CHECK(got == f->text[i](r->code), "%s %lu field %d: pointer not stable", f->what,
              (unsigned long)r->code, i);
    }
    CHECK(f->is_known(r->code) == (r->known != 0), "%s %lu is_known", f->what,
          (unsigned long)r->code);
    CHECK(f->is_retryable(r->code) == (r->retryable != 0), "%s %lu is_retryable", f->what,
          (unsigned long)r->code);
    CHECK(f->category(r->code) == r->category, "%s %lu category %lu", f->what,
          (unsigned long)r->code, (unsigned long)f->category(r->code));
    CHECK(f->guidance(r->code) == r->guidance, "%s %lu guidance %lu", f->what,
          (unsigned long)r->code, (unsigned long)f->guidance(r->code));
    if (r->kind == 'R')
        CHECK(zego_code_is_success(r->code) == (r->success != 0), "code %lu is_success",
              (unsigned long)r->code);
}

static void check_iteration(const struct expectations *e, const struct family *f) {
    size_t known = 0, i;
    for (i = 0; i < e->count; i++) {
        const struct expect_record *r = &e->records[i];
        if (r->kind != f->kind || !r->known) continue;
        CHECK(f->at(known) == r->code, "%s at(%lu) = %lu, want %lu", f->what,
              (unsigned long)known, (unsigned long)f->at(known), (unsigned long)r->code);
        known++;
    }
    CHECK(f->count() == known, "%s count %lu, want %lu", f->what, (unsigned long)f->count(),
          (unsigned long)known);
    CHECK(f->at(f->count()) == UINT32_MAX, "%s at(count)", f->what);
    CHECK(f->at(SIZE_MAX) == UINT32_MAX, "%s at(SIZE_MAX)", f->what);
    CHECK(!f->is_known(UINT32_MAX), "%s UINT32_MAX is known", f->what);
}

static void check_constants(void) {
    size_t i, n = sizeof constants / sizeof constants[0], counted[2] = {0, 0};
    for (i = 0; i < n; i++) {
        const struct family *f = family_of(constants[i].kind);
        counted[f == &families[1]]++;
        CHECK(f->is_known(constants[i].value), "constant %s = %lu is not known",
              constants[i].name, (unsigned long)constants[i].value);
        CHECK(strcmp(f->text[F_NAME](constants[i].value), constants[i].name) == 0,
              "constant %s = %lu is named %s by the library", constants[i].name,
              (unsigned long)constants[i].value, f->text[F_NAME](constants[i].value));
    }
    CHECK(counted[0] == zego_code_count(), "%lu ZEGO_CODE_ constants, %lu codes",
          (unsigned long)counted[0], (unsigned long)zego_code_count());
    CHECK(counted[1] == zego_event_count(), "%lu ZEGO_EVENT_ constants, %lu codes",
          (unsigned long)counted[1], (unsigned long)zego_event_count());
    CHECK(ZEGO_CODE_AGENT_INSTANCE_NOT_FOUND == 410001002, "a constant by name");
}

/* The formatter at every buffer length from 0 to the full length plus one, each buffer
 * malloc'd at exactly that size so valgrind sees any write past it. */
static void check_format(const struct expect_record *r, int lang) {
    const struct family *f = family_of(r->kind);
    char *want = expected_line(r, lang);
    size_t full = strlen(want), len, i;
    char one = 'x';
    CHECK(f->format[lang](r->code, NULL, 0) == full, "%s %lu lang %d: length %lu, want %lu (%s)",
          f->what, (unsigned long)r->code, lang,
          (unsigned long)f->format[lang](r->code, NULL, 0), (unsigned long)full, want);
    CHECK(f->format[lang](r->code, NULL, 100) == full, "NULL buffer with a length");
    CHECK(f->format[lang](r->code, &one, 0) == full && one == 'x', "length 0 writes nothing");
    for (len = 1; len <= full + 2; len++) {
        char *buf = (char *)malloc(len);
        size_t fit = len - 1 < full ? len - 1 : full, got;
        memset(buf, 0x7f, len);
        CHECK(f->format[lang](r->code, buf, len) == full, "%s %lu len %lu: return value",
              f->what, (unsigned long)r->code, (unsigned long)len);
        /* the longest prefix that fits and does not split a UTF-8 character */
        while (fit > 0 && fit < full && ((unsigned char)want[fit] & 0xC0) == 0x80) fit--;
        for (got = 0; got < len && buf[got] != '\0'; got++) continue;
        CHECK(got == fit, "%s %lu len %lu: wrote %lu bytes, want %lu", f->what,
              (unsigned long)r->code, (unsigned long)len, (unsigned long)got,
              (unsigned long)fit);
        if (got < len) {
            CHECK(memcmp(buf, want, got) == 0, "%s %lu len %lu: not a prefix", f->what,
                  (unsigned long)r->code, (unsigned long)len);
            for (i = got + 1; i < len; i++)
                CHECK(buf[i] == 0x7f, "%s %lu len %lu: byte %lu after the NUL changed", f->what,
                      (unsigned long)r->code, (unsigned long)len, (unsigned long)i);
        }
        free(buf);
    }
    free(want);
}

int main(int argc, char **argv) {
    struct expectations e;
    size_t i, j;
    if (argc != 2) {
        fprintf(stderr, "usage: %s EXPECTATIONS\n", argv[0]);
        return 2;
    }
    e = expect_load(argv[1]);
    check_version(&e);
    for (i = 0; i < e.count; i++) {
        check_record(&e.records[i]);
        check_format(&e.records[i], 0);
        check_format(&e.records[i], 1);
    }
    check_iteration(&e, &families[0]);
    check_iteration(&e, &families[1]);
    check_constants();
    for (j = 0; j < sizeof required_edges / sizeof required_edges[0]; j++) {
        int found = 0;
        for (i = 0; i < e.count; i++)
            found |= e.records[i].kind == 'R' && e.records[i].code == required_edges[j];
        CHECK(found, "no expectation for edge code %lu", (unsigned long)required_edges[j]);
    }
    CHECK(strcmp(zego_code_name(410009999u), "") == 0, "unknown name is \"\"");
    CHECK(zego_code_category(410009999u) == ZEGO_CATEGORY_BUSINESS, "unknown business code");
    CHECK(zego_code_guidance(UINT32_MAX) == ZEGO_GUIDANCE_UNKNOWN, "unknown guidance");
    CHECK(zego_event_category(2299) == ZEGO_EVENT_CATEGORY_LLM, "unknown LLM event");
    printf("test_codes: %lu records, %lu return codes, %lu event codes, %d failures\n",
           (unsigned long)e.count, (unsigned long)zego_code_count(),
           (unsigned long)zego_event_count(), expect_failures);
    expect_free(&e);
    return expect_failures == 0 ? 0 : 1;
}
