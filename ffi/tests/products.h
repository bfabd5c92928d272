/* Reads OUT/products.tsv (ffi/tests/oracle.sh: the products oracle's rows and the core's
 * answers where it has none) and resolves its names to the C values the header declares.
 * Compiles as C and C++; include after expect.h, whose field splitter it shares. */
#ifndef ZEGO_TEST_PRODUCTS_H
#define ZEGO_TEST_PRODUCTS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zego_codes.h"

/* The fields of a P record (a row of the oracle), after its tag. */
enum {
    P_PRODUCT, P_KIND, P_SECTION, P_CODE, P_KNOWN, P_NAME, P_CATEGORY, P_GUIDANCE, P_RETRYABLE,
    P_AMBIGUOUS, P_MESSAGE_ZH, P_SUGGESTION_ZH, P_MESSAGE_EN, P_SUGGESTION_EN, P_CAUSE_ZH,
    P_CAUSE_EN, P_SINCE, P_WITHDRAWN, P_FIELDS
};
/* The fields of an A record (the core's unqualified answer), after its tag. */
enum {
    A_PRODUCT, A_KIND, A_CODE, A_KNOWN, A_AMBIGUOUS, A_MEANINGS, A_NAME, A_CATEGORY, A_GUIDANCE,
    A_RETRYABLE, A_MESSAGE_ZH, A_SUGGESTION_ZH, A_MESSAGE_EN, A_SUGGESTION_EN, A_FIELDS
};

struct product_record {
    char tag; /* 'P' or 'A' */
    char *f[P_FIELDS];
    int n;
    /* Resolved: the product's and family's C values, the section's (ZEGO_SECTION_NONE if
     * none), the code. */
    uint32_t product, family, section, code;
};

struct product_records {
    struct product_record *r;
    size_t count;
};

/* The C value of an enum's name in the oracle ("business" for prefix ZEGO_CATEGORY_): from
 * the header's own constants (tables.sh), so the test names no value itself. */
static const struct {
    const char *prefix, *name;
    uint32_t value;
} enum_values[] = {
#include "enum_values_table.h"
};

static uint32_t enum_value(const char *prefix, const char *name) {
    size_t i;
    for (i = 0; i < sizeof enum_values / sizeof enum_values[0]; i++)
        if (strcmp(enum_values[i].prefix, prefix) == 0 && strcmp(enum_values[i].name, name) == 0)
            return enum_values[i].value;
    fprintf(stderr, "products: no %s constant for \"%s\" in the header\n", prefix, name);
    exit(2);
}

static struct product_records products_load(const char *path) {
    struct product_records all;
    FILE *f = fopen(path, "rb");
    static char line[16384];
    size_t cap = 0;
    memset(&all, 0, sizeof all);
    if (f == NULL) expect_die(path);
    while (fgets(line, sizeof line, f) != NULL) {
        struct product_record *r;
        char *rest, *field;
        size_t n = strlen(line);
        int want;
        if (n == 0 || line[n - 1] != '\n') expect_die("products: line too long or unterminated");
        line[n - 1] = '\0';
        if (all.count == cap) {
            cap = cap ? cap * 2 : 1024;
            all.r = (struct product_record *)realloc(all.r, cap * sizeof *all.r);
            if (all.r == NULL) expect_die("out of memory");
        }
        r = &all.r[all.count++];
        memset(r, 0, sizeof *r);
        rest = expect_field(line, &field);
        if (strcmp(field, "P") != 0 && strcmp(field, "A") != 0) expect_die("products: bad tag");
        r->tag = field[0];
        want = r->tag == 'P' ? (int)P_FIELDS : (int)A_FIELDS;
        for (r->n = 0; r->n < want; r->n++) {
            if (rest == NULL) expect_die("products: too few fields");
            rest = expect_field(rest, &field);
            r->f[r->n] = (char *)malloc(strlen(field) + 1);
            strcpy(r->f[r->n], field);
        }
        if (rest != NULL) expect_die("products: too many fields");
        r->product = zego_product_from_id(r->f[P_PRODUCT], strlen(r->f[P_PRODUCT]));
        if (r->product == ZEGO_PRODUCT_NONE) expect_die("products: a product the library lacks");
        r->family = enum_value("ZEGO_FAMILY_", r->f[P_KIND]);
        r->code = expect_number(r->f[r->tag == 'P' ? (int)P_CODE : (int)A_CODE]);
        r->section = ZEGO_SECTION_NONE;
        if (r->tag == 'P' && r->f[P_SECTION][0] != '\0') {
            r->section = zego_section_from_id(r->product, r->f[P_SECTION], strlen(r->f[P_SECTION]));
            if (r->section == ZEGO_SECTION_NONE) expect_die("products: a section the library lacks");
        }
    }
    fclose(f);
    if (all.count == 0) expect_die("products: no records");
    return all;
}

static void products_free(struct product_records *all) {
    size_t i;
    int j;
    for (i = 0; i < all->count; i++)
        for (j = 0; j < all->r[i].n; j++) free(all->r[i].f[j]);
    free(all->r);
}

#endif
