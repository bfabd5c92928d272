/* Reads the expectations that `cargo run -p zego-codes-ffi --example expectations` prints
 * from the core crate (format in ffi/examples/expectations.rs). Compiles as C and C++. */
#ifndef ZEGO_TEST_EXPECT_H
#define ZEGO_TEST_EXPECT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { F_NAME, F_MESSAGE_ZH, F_SUGGESTION_ZH, F_MESSAGE_EN, F_SUGGESTION_EN, F_WITHDRAWN, F_TEXTS };

struct expect_record {
    char kind; /* 'R' return code, 'E' event code */
    uint32_t code;
    int known;
    char *text[F_TEXTS];
    uint32_t category, guidance, retryable, success;
};

struct expectations {
    char *version;
    struct expect_record *records;
    size_t count;
};

static int expect_failures = 0;

/* The products test includes this file for its helpers, not for the expectations. */
#if defined(__GNUC__)
#define EXPECT_MAYBE_UNUSED __attribute__((unused))
#else
#define EXPECT_MAYBE_UNUSED
#endif

#define CHECK(cond, ...)                                                        \
    do {                                                                        \
        if (!(cond)) {                                                          \
            if (++expect_failures <= 50) {                                      \
                fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
                fprintf(stderr, __VA_ARGS__);                                   \
                fputc('\n', stderr);                                            \
            }                                                                   \
        }                                                                       \
    } while (0)

static void expect_die(const char *what) {
    fprintf(stderr, "expectations: %s\n", what);
    exit(2);
}

/* Splits `line` at the next tab in place and unescapes the field; returns the rest. */
static char *expect_field(char *line, char **field) {
    char *src = line, *dst = line;
    if (line == NULL) expect_die("too few fields");
    *field = line;
    for (; *src != '\0' && *src != '\t'; src++) {
        if (*src == '\\') {
            src++;
            if (*src == 't') *dst++ = '\t';
            else if (*src == 'n') *dst++ = '\n';
            else if (*src == 'r') *dst++ = '\r';
            else if (*src == '\\') *dst++ = '\\';
            else expect_die("bad escape");
        } else {
            *dst++ = *src;
        }
    }
    if (*src == '\t') {
        *dst = '\0';
        return src + 1;
    }
    *dst = '\0';
    return NULL;
}

static uint32_t expect_number(char *text) {
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (*text == '\0' || *end != '\0' || n > UINT32_MAX) expect_die("bad number");
    return (uint32_t)n;
}

EXPECT_MAYBE_UNUSED static struct expectations expect_load(const char *path) {
    struct expectations e;
    FILE *f = fopen(path, "rb");
    char line[8192];
    size_t cap = 0;
    memset(&e, 0, sizeof e);
    if (f == NULL) expect_die(path);
    while (fgets(line, sizeof line, f) != NULL) {
        char *rest, *field;
        size_t n = strlen(line);
        if (n == 0 || line[n - 1] != '\n') expect_die("line too long or unterminated");
        line[n - 1] = '\0';
        rest = expect_field(line, &field);
        if (strcmp(field, "V") == 0) {
            expect_field(rest, &field);
            e.version = (char *)malloc(strlen(field) + 1);
            strcpy(e.version, field);
        } else if (strcmp(field, "R") == 0 || strcmp(field, "E") == 0) {
            struct expect_record *r;
            int i;
            if (e.count == cap) {
                cap = cap ? cap * 2 : 64;
                e.records = (struct expect_record *)realloc(e.records, cap * sizeof *e.records);
                if (e.records == NULL) expect_die("out of memory");
            }
            r = &e.records[e.count++];
            r->kind = field[0];
            rest = expect_field(rest, &field);
            r->code = expect_number(field);
            rest = expect_field(rest, &field);
            r->known = (int)expect_number(field);
            for (i = 0; i < F_TEXTS; i++) {
                rest = expect_field(rest, &field);
                r->text[i] = (char *)malloc(strlen(field) + 1);
                strcpy(r->text[i], field);
            }
            rest = expect_field(rest, &field);
            r->category = expect_number(field);
            rest = expect_field(rest, &field);
            r->guidance = expect_number(field);
            rest = expect_field(rest, &field);
            r->retryable = expect_number(field);
            if (expect_field(rest, &field) != NULL) expect_die("too many fields");
            r->success = expect_number(field);
        } else if (strchr("SGCK", field[0]) == NULL || field[0] == '\0' || field[1] != '\0') {
            expect_die("unknown record kind"); /* S, G, C, K serve other languages' tests */
        }
    }
    fclose(f);
    if (e.version == NULL || e.count == 0) expect_die("no version or no records");
    return e;
}

EXPECT_MAYBE_UNUSED static void expect_free(struct expectations *e) {
    size_t i;
    int j;
    for (i = 0; i < e->count; i++)
        for (j = 0; j < F_TEXTS; j++) free(e->records[i].text[j]);
    free(e->records);
    free(e->version);
}

#endif
