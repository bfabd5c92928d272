/* Every product function of zego_codes.h against the products oracle (`zego-codes list
 * --all-products --json`, turned into OUT/products.tsv by ffi/tests/oracle.sh): every row
 * through the section-qualified and the unqualified lookups, "who defines this number", each
 * product's entries in order, the core's answers for ambiguous and unknown codes, every
 * product constant of the header, values that name no product or section, and NULL pointers.
 * No count, text or date of today's data is written here: the oracle and the header say them.
 * usage: test_products PRODUCTS.tsv */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zego_codes.h"
#include "expect.h"
#include "products.h"

/* The text functions, indexed like the P fields they answer: T_NAME answers P_NAME... */
enum { T_NAME, T_MESSAGE_ZH, T_SUGGESTION_ZH, T_MESSAGE_EN, T_SUGGESTION_EN, T_CAUSE_ZH,
       T_CAUSE_EN, T_SINCE, T_WITHDRAWN, T_TEXTS };
static const int text_field[T_TEXTS] = {P_NAME,       P_MESSAGE_ZH, P_SUGGESTION_ZH,
                                        P_MESSAGE_EN, P_SUGGESTION_EN, P_CAUSE_ZH,
                                        P_CAUSE_EN,   P_SINCE,      P_WITHDRAWN};
static const char *const text_what[T_TEXTS] = {"name",      "message",    "suggestion",
                                               "message_en", "suggestion_en", "cause",
                                               "cause_en",  "since",      "withdrawn"};

/* One family of lookups by (selector, code): the product's return or event codes, or a
 * section's. */
struct lookups {
    const char *what;
    const char *(*text[T_TEXTS])(uint32_t, uint32_t);
    bool (*is_known)(uint32_t, uint32_t);
    bool (*is_retryable)(uint32_t, uint32_t);
    uint32_t (*guidance)(uint32_t, uint32_t);
    size_t (*format[2])(uint32_t, uint32_t, char *, size_t);
    /* Product lookups only (NULL for sections). */
    bool (*is_ambiguous)(uint32_t, uint32_t);
    size_t (*meanings)(uint32_t, uint32_t);
    uint32_t (*meaning_section)(uint32_t, uint32_t, size_t);
    uint32_t (*category)(uint32_t, uint32_t);
};

static const struct lookups by_product[2] = {
    {"return code",
     {zego_product_code_name, zego_product_code_message, zego_product_code_suggestion,
      zego_product_code_message_en, zego_product_code_suggestion_en, zego_product_code_cause,
      zego_product_code_cause_en, zego_product_code_since, zego_product_code_withdrawn},
     zego_product_code_is_known,
     zego_product_code_is_retryable,
     zego_product_code_guidance,
     {zego_product_code_format, zego_product_code_format_en},
     zego_product_code_is_ambiguous,
     zego_product_code_meanings,
     zego_product_code_meaning_section,
     zego_product_code_category},
    {"event code",
     {zego_product_event_name, zego_product_event_message, zego_product_event_suggestion,
      zego_product_event_message_en, zego_product_event_suggestion_en, zego_product_event_cause,
      zego_product_event_cause_en, zego_product_event_since, zego_product_event_withdrawn},
     zego_product_event_is_known,
     zego_product_event_is_retryable,
     zego_product_event_guidance,
     {zego_product_event_format, zego_product_event_format_en},
     zego_product_event_is_ambiguous,
     zego_product_event_meanings,
     zego_product_event_meaning_section,
     zego_product_event_category},
};

static const struct lookups by_section = {
    "section code",
    {zego_section_code_name, zego_section_code_message, zego_section_code_suggestion,
     zego_section_code_message_en, zego_section_code_suggestion_en, zego_section_code_cause,
     zego_section_code_cause_en, zego_section_code_since, zego_section_code_withdrawn},
    zego_section_code_is_known,
    zego_section_code_is_retryable,
    zego_section_code_guidance,
    {zego_section_code_format, zego_section_code_format_en},
    NULL,
    NULL,
    NULL,
    NULL,
};

/* Every numeric constant of the header but ZEGO_CODE_, ZEGO_EVENT_ and the version's. */
static const struct {
    const char *name;
    uint32_t value;
} product_constants[] = {
#include "product_constants_table.h"
};

static struct product_records all;

static int same_key(const struct product_record *a, const struct product_record *b) {
    return a->product == b->product && a->family == b->family && a->code == b->code;
}

/* The first P record of `r`'s product, family and code, and how many there are. */
static const struct product_record *first_of(const struct product_record *r, size_t *count) {
    const struct product_record *first = NULL;
    size_t i;
    *count = 0;
    for (i = 0; i < all.count; i++) {
        if (all.r[i].tag != 'P' || !same_key(&all.r[i], r)) continue;
        if (first == NULL) first = &all.r[i];
        ++*count;
    }
    return first;
}

/* The core's answer (an A record) for `r`'s product, family and code, or NULL. */
static const struct product_record *answer_for(const struct product_record *r) {
    size_t i;
    for (i = 0; i < all.count; i++)
        if (all.r[i].tag == 'A' && same_key(&all.r[i], r)) return &all.r[i];
    return NULL;
}

/* The line the formatters must write, built here with snprintf. Returns a malloc'd string. */
static char *line_of(uint32_t code, const char *name, const char *message, const char *suggestion,
                     int lang) {
    const char *label = suggestion[0] == '\0' ? "" : lang ? " Suggestion: " : " 建议：";
    const char *space = name[0] == '\0' ? "" : " ";
    int n = snprintf(NULL, 0, "%lu%s%s: %s%s%s", (unsigned long)code, space, name, message,
                     label, suggestion);
    char *line = (char *)malloc((size_t)n + 1);
    snprintf(line, (size_t)n + 1, "%lu%s%s: %s%s%s", (unsigned long)code, space, name, message,
             label, suggestion);
    return line;
}

/* The formatter of `l` with selector `sel` writes `want`, whole and cut in the middle. */
static void check_format(const struct lookups *l, uint32_t sel, uint32_t code, int lang,
                         const char *want) {
    size_t full = strlen(want), half = full / 2 + 1, got;
    char *buf = (char *)malloc(full + 1), *cut = (char *)malloc(half);
    CHECK(l->format[lang](sel, code, NULL, 0) == full, "%s %lu/%lu format: length", l->what,
          (unsigned long)sel, (unsigned long)code);
    CHECK(l->format[lang](sel, code, buf, full + 1) == full && strcmp(buf, want) == 0,
          "%s %lu/%lu format %d: \"%s\", want \"%s\"", l->what, (unsigned long)sel,
          (unsigned long)code, lang, buf, want);
    CHECK(l->format[lang](sel, code, cut, half) == full, "%s format: length when cut", l->what);
    got = strlen(cut);
    CHECK(got < half && memcmp(cut, want, got) == 0 && ((unsigned char)want[got] & 0xC0) != 0x80,
          "%s %lu/%lu format cut at %lu: \"%s\"", l->what, (unsigned long)sel,
          (unsigned long)code, (unsigned long)half, cut);
    free(buf);
    free(cut);
}

/* Lookup `l` of (sel, code) answers exactly with P record `r`'s fields. */
static void check_answers_row(const struct lookups *l, uint32_t sel, const struct product_record *r) {
    int i;
    char *line;
    for (i = 0; i < T_TEXTS; i++) {
        const char *got = l->text[i](sel, r->code);
        const char *want = r->f[text_field[i]];
        CHECK(got != NULL && strcmp(got, want) == 0, "%s %s %lu via %lu: %s \"%s\", want \"%s\"",
              r->f[P_PRODUCT], l->what, (unsigned long)r->code, (unsigned long)sel,
              text_what[i], got ? got : "(null)", want);
    }
    CHECK(l->is_known(sel, r->code), "%s %lu is known", l->what, (unsigned long)r->code);
    CHECK(l->guidance(sel, r->code) == enum_value("ZEGO_GUIDANCE_", r->f[P_GUIDANCE]),
          "%s %s %lu guidance", r->f[P_PRODUCT], l->what, (unsigned long)r->code);
    CHECK(l->is_retryable(sel, r->code) == (r->f[P_RETRYABLE][0] == '1'), "%s %lu retryable",
          l->what, (unsigned long)r->code);
    for (i = 0; i < 2; i++) {
        line = line_of(r->code, r->f[P_NAME], r->f[i ? P_MESSAGE_EN : P_MESSAGE_ZH],
                       r->f[i ? P_SUGGESTION_EN : P_SUGGESTION_ZH], i);
        check_format(l, sel, r->code, i, line);
        free(line);
    }
}

/* The category of a code, as the oracle names it, in its family's C enum. */
static uint32_t category_value(uint32_t family, const char *name) {
    return enum_value(family == ZEGO_FAMILY_RETURN ? "ZEGO_CATEGORY_" : "ZEGO_EVENT_CATEGORY_", name);
}

/* One row: qualified by its section, unqualified in its product, and among the definitions
 * of its number. */
static void check_row(const struct product_record *r, size_t at) {
    const struct lookups *l = &by_product[r->family];
    size_t count, i, j, definition = 0, definitions = 0;
    const struct product_record *first = first_of(r, &count);
    int ambiguous = r->f[P_AMBIGUOUS][0] == '1';
    uint32_t p = ZEGO_PRODUCT_NONE, s = 0;

    CHECK(r->f[P_KNOWN][0] == '1', "the oracle lists an unknown code");
    if (r->section != ZEGO_SECTION_NONE) {
        check_answers_row(&by_section, r->section, r);
        CHECK(zego_section_product(r->section) == r->product, "section's product");
        CHECK(zego_section_family(r->section) == r->family, "section's family");
        CHECK(strcmp(zego_section_id(r->section), r->f[P_SECTION]) == 0, "section's id");
    }
    CHECK(l->is_known(r->product, r->code), "%s %lu unqualified: known", r->f[P_PRODUCT],
          (unsigned long)r->code);
    CHECK(l->category(r->product, r->code) == category_value(r->family, r->f[P_CATEGORY]),
          "%s %s %lu category %lu, want %s", r->f[P_PRODUCT], l->what, (unsigned long)r->code,
          (unsigned long)l->category(r->product, r->code), r->f[P_CATEGORY]);
    CHECK(l->is_ambiguous(r->product, r->code) == ambiguous, "%s %lu is_ambiguous",
          r->f[P_PRODUCT], (unsigned long)r->code);
    CHECK(l->meanings(r->product, r->code) == count, "%s %lu meanings %lu, want %lu",
          r->f[P_PRODUCT], (unsigned long)r->code,
          (unsigned long)l->meanings(r->product, r->code), (unsigned long)count);
    /* The meanings, in the oracle's order of sections. */
    for (i = 0, j = (size_t)(first - all.r); i < count; j++) {
        if (all.r[j].tag != 'P' || !same_key(&all.r[j], r)) continue;
        CHECK(l->meaning_section(r->product, r->code, i) == all.r[j].section,
              "%s %lu meaning %lu section", r->f[P_PRODUCT], (unsigned long)r->code,
              (unsigned long)i);
        i++;
    }
    CHECK(l->meaning_section(r->product, r->code, count) == ZEGO_SECTION_NONE, "past the end");
    if (!ambiguous) {
        /* Not ambiguous: the product-level lookup is the first section's entry. */
        if (first == r) check_answers_row(l, r->product, r);
        CHECK(strcmp(l->text[T_NAME](r->product, r->code), r->f[P_NAME]) == 0,
              "%s %lu: sections that share a name share it", r->f[P_PRODUCT],
              (unsigned long)r->code);
    } else {
        /* Ambiguous: no name, the core's answer, and each meaning by its section. */
        CHECK(answer_for(r) != NULL, "no answer of the core for ambiguous %lu",
              (unsigned long)r->code);
        CHECK(count > 1, "an ambiguous code with one meaning");
        CHECK(strcmp(l->text[T_NAME](r->product, r->code), "") == 0, "ambiguous: no name");
        CHECK(strcmp(l->text[T_SINCE](r->product, r->code), "") == 0, "ambiguous: no since");
        CHECK(strcmp(l->text[T_MESSAGE_EN](r->product, r->code), r->f[P_MESSAGE_EN]) != 0,
              "ambiguous: not one section's message");
    }
    /* Who defines this number: this row is the definition at its place among the rows of
     * its kind and code, in the oracle's order (product, then section). */
    for (i = 0; i < all.count; i++) {
        const struct product_record *o = &all.r[i];
        if (o->tag != 'P' || o->family != r->family || o->code != r->code) continue;
        if (i < at) definition++;
        definitions++;
    }
    CHECK(zego_definitions_count(r->family, r->code) == definitions, "%lu definitions of %lu",
          (unsigned long)zego_definitions_count(r->family, r->code), (unsigned long)r->code);
    CHECK(zego_definition(r->family, r->code, definition, &p, &s), "definition %lu of %lu",
          (unsigned long)definition, (unsigned long)r->code);
    CHECK(p == r->product && s == r->section, "definition %lu of %lu is %lu/%lu, want %s/%s",
          (unsigned long)definition, (unsigned long)r->code, (unsigned long)p, (unsigned long)s,
          r->f[P_PRODUCT], r->f[P_SECTION]);
}

/* The core's unqualified answer (ambiguous codes, unknown samples). */
static void check_answer(const struct product_record *a) {
    const struct lookups *l = &by_product[a->family];
    const uint32_t p = a->product, c = a->code;
    const int known = a->f[A_KNOWN][0] == '1';
    static const int texts[4][2] = {{T_MESSAGE_ZH, A_MESSAGE_ZH},
                                    {T_SUGGESTION_ZH, A_SUGGESTION_ZH},
                                    {T_MESSAGE_EN, A_MESSAGE_EN},
                                    {T_SUGGESTION_EN, A_SUGGESTION_EN}};
    int i;
    char *line;
    for (i = 0; i < 4; i++)
        CHECK(strcmp(l->text[texts[i][0]](p, c), a->f[texts[i][1]]) == 0,
              "%s %s %lu: %s \"%s\", want \"%s\"", a->f[A_PRODUCT], l->what, (unsigned long)c,
              text_what[texts[i][0]], l->text[texts[i][0]](p, c), a->f[texts[i][1]]);
    CHECK(strcmp(l->text[T_NAME](p, c), a->f[A_NAME]) == 0, "%s %lu name", a->f[A_PRODUCT],
          (unsigned long)c);
    CHECK(l->is_known(p, c) == known, "%s %s %lu known", a->f[A_PRODUCT], l->what,
          (unsigned long)c);
    CHECK(l->is_ambiguous(p, c) == (a->f[A_AMBIGUOUS][0] == '1'), "%s %lu ambiguous",
          a->f[A_PRODUCT], (unsigned long)c);
    CHECK(l->meanings(p, c) == expect_number(a->f[A_MEANINGS]), "%s %lu meanings",
          a->f[A_PRODUCT], (unsigned long)c);
    CHECK(l->guidance(p, c) == enum_value("ZEGO_GUIDANCE_", a->f[A_GUIDANCE]), "%s %lu guidance",
          a->f[A_PRODUCT], (unsigned long)c);
    CHECK(l->is_retryable(p, c) == (a->f[A_RETRYABLE][0] == '1'), "%s %lu retryable",
          a->f[A_PRODUCT], (unsigned long)c);
    CHECK(l->category(p, c) == category_value(a->family, a->f[A_CATEGORY]),
          "%s %s %lu category %lu, want %s", a->f[A_PRODUCT], l->what, (unsigned long)c,
          (unsigned long)l->category(p, c), a->f[A_CATEGORY]);
    if (!known) {
        for (i = T_CAUSE_ZH; i <= T_WITHDRAWN; i++)
            CHECK(strcmp(l->text[i](p, c), "") == 0, "unknown %lu: %s", (unsigned long)c,
                  text_what[i]);
        CHECK(l->meaning_section(p, c, 0) == ZEGO_SECTION_NONE, "unknown: no meaning");
    }
    for (i = 0; i < 2; i++) {
        line = line_of(c, a->f[A_NAME], a->f[i ? A_MESSAGE_EN : A_MESSAGE_ZH],
                       a->f[i ? A_SUGGESTION_EN : A_SUGGESTION_ZH], i);
        check_format(l, p, c, i, line);
        free(line);
    }
}

/* Each product's entries, in order, are the oracle's rows of that product and family. */
static void check_iteration(void) {
    uint32_t p, f;
    for (p = 0; p < zego_product_count(); p++) {
        for (f = ZEGO_FAMILY_RETURN; f <= ZEGO_FAMILY_EVENT; f++) {
            size_t i, n = 0;
            uint32_t code, section;
            for (i = 0; i < all.count; i++) {
                const struct product_record *r = &all.r[i];
                if (r->tag != 'P' || r->product != p || r->family != f) continue;
                code = section = 0;
                CHECK(zego_product_meaning(p, f, n, &code, &section), "%s entry %lu",
                      zego_product_id(p), (unsigned long)n);
                CHECK(code == r->code && section == r->section, "%s entry %lu is %lu/%lu",
                      zego_product_id(p), (unsigned long)n, (unsigned long)code,
                      (unsigned long)section);
                n++;
            }
            CHECK(zego_product_meaning_count(p, f) == n, "%s family %lu: %lu entries, want %lu",
                  zego_product_id(p), (unsigned long)f,
                  (unsigned long)zego_product_meaning_count(p, f), (unsigned long)n);
            CHECK(zego_product_has(p, f) == (n > 0), "%s has family %lu", zego_product_id(p),
                  (unsigned long)f);
            code = section = 7;
            CHECK(!zego_product_meaning(p, f, n, &code, &section) && code == UINT32_MAX &&
                      section == ZEGO_SECTION_NONE,
                  "past the end");
        }
    }
}

/* The products and sections the library names, and the header's enum constants for them. */

/* The product's words as its ZEGO_PRODUCT_ constant spells them, lower case ("ai_agent"). */
static const char *product_words(uint32_t product) {
    size_t i;
    for (i = 0; i < sizeof enum_values / sizeof enum_values[0]; i++)
        if (strcmp(enum_values[i].prefix, "ZEGO_PRODUCT_") == 0 && enum_values[i].value == product)
            return enum_values[i].name;
    return "";
}

/* Whether `a` and `b` hold the same letters once underscores are dropped ("aiagent", "ai_agent"). */
static int same_letters(const char *a, const char *b) {
    for (;;) {
        while (*a == '_') a++;
        while (*b == '_') b++;
        if (*a != *b) return 0;
        if (*a == '\0') return 1;
        a++;
        b++;
    }
}

static void check_products_and_sections(void) {
    uint32_t p, s;
    size_t i, products = 0, sections = 0;
    for (p = 0; p < zego_product_count(); p++) {
        const char *id = zego_product_id(p);
        CHECK(id[0] != '\0' && zego_product_name(p)[0] != '\0' && zego_product_name_en(p)[0] != '\0',
              "product %lu has an id and names", (unsigned long)p);
        CHECK(zego_product_from_id(id, strlen(id)) == p, "from_id(%s)", id);
    }
    CHECK(zego_section_at(zego_section_count()) == ZEGO_SECTION_NONE, "no section past the last");
    for (i = 0; i < zego_section_count(); i++) {
        const char *id;
        s = zego_section_at(i);
        id = zego_section_id(s);
        p = zego_section_product(s);
        CHECK(p < zego_product_count(), "section %lu's product", (unsigned long)s);
        CHECK(zego_section_family(s) <= ZEGO_FAMILY_EVENT, "section %lu's family", (unsigned long)s);
        CHECK(id[0] != '\0' && zego_section_title(s)[0] != '\0' && zego_section_title_en(s)[0] != '\0',
              "section %lu has an id and titles", (unsigned long)s);
        CHECK(zego_section_from_id(p, id, strlen(id)) == s, "section_from_id(%s)", id);
    }
    for (i = 0; i < sizeof enum_values / sizeof enum_values[0]; i++) {
        const char *name = enum_values[i].name;
        uint32_t v = enum_values[i].value;
        if (strcmp(enum_values[i].prefix, "ZEGO_PRODUCT_") == 0) {
            products++;
            CHECK(same_letters(zego_product_id(v), name), "ZEGO_PRODUCT_ %s = %lu is %s", name,
                  (unsigned long)v, zego_product_id(v));
        } else if (strcmp(enum_values[i].prefix, "ZEGO_SECTION_") == 0) {
            char want[256];
            sections++;
            snprintf(want, sizeof want, "%s_%s", product_words(zego_section_product(v)),
                     zego_section_id(v));
            CHECK(strcmp(want, name) == 0, "ZEGO_SECTION_ %s = %lu is %s", name, (unsigned long)v,
                  want);
        }
    }
    CHECK(products == zego_product_count(), "%lu ZEGO_PRODUCT_ constants, %lu products",
          (unsigned long)products, (unsigned long)zego_product_count());
    CHECK(sections == zego_section_count(), "%lu ZEGO_SECTION_ constants, %lu sections",
          (unsigned long)sections, (unsigned long)zego_section_count());
}

/* ZEGO_<PRODUCT>_<NAME> and ZEGO_<PRODUCT>_EVENT_<NAME>: one per name of each product and
 * family, valued by its code. <PRODUCT> is the product's words (AI_AGENT for aiagent), as its
 * ZEGO_PRODUCT_ constant spells them. */
static void check_constants(void) {
    size_t i, j, k, names = 0, n = sizeof product_constants / sizeof product_constants[0];
    char want[512];
    for (i = 0; i < all.count; i++) {
        const struct product_record *r = &all.r[i];
        const char *id = product_words(r->product);
        int seen = 0, found = 0;
        if (r->tag != 'P') continue;
        for (j = 0; j < i && !seen; j++)
            seen = all.r[j].tag == 'P' && all.r[j].product == r->product &&
                   all.r[j].family == r->family && strcmp(all.r[j].f[P_NAME], r->f[P_NAME]) == 0;
        if (seen) continue;
        names++;
        k = (size_t)snprintf(want, sizeof want, "ZEGO_");
        for (j = 0; id[j] != '\0' && k < sizeof want - 1; j++) want[k++] = (char)toupper((unsigned char)id[j]);
        snprintf(want + k, sizeof want - k, "%s_%s", r->family == ZEGO_FAMILY_EVENT ? "_EVENT" : "",
                 r->f[P_NAME]);
        for (j = 0; j < n; j++) {
            if (strcmp(product_constants[j].name, want) != 0) continue;
            found = 1;
            CHECK(product_constants[j].value == r->code, "%s = %lu, want %lu", want,
                  (unsigned long)product_constants[j].value, (unsigned long)r->code);
        }
        CHECK(found, "no constant %s", want);
    }
    CHECK(n == names, "%lu product constants in the header, %lu names in the oracle",
          (unsigned long)n, (unsigned long)names);
}

/* Values that name no product or section, and NULL pointers. */
static void check_bad_input(void) {
    const uint32_t bad_products[] = {(uint32_t)zego_product_count(), 1000, ZEGO_PRODUCT_NONE};
    const uint32_t bad_sections[] = {0xFFu, (uint32_t)zego_product_count() << 8, 1000u << 8, ZEGO_SECTION_NONE};
    const uint32_t codes[] = {0, 3, 41003, 410001002u, UINT32_MAX};
    const uint32_t rtc = zego_product_from_id("rtc", 3);
    uint32_t p = 1, s = 1;
    size_t i, j, f;
    int t;
    char buf[8];
    for (i = 0; i < 3; i++) {
        const uint32_t bp = bad_products[i], bs = bad_sections[i];
        CHECK(strcmp(zego_product_id(bp), "") == 0 && strcmp(zego_product_name(bp), "") == 0 &&
                  strcmp(zego_product_name_en(bp), "") == 0,
              "no product: empty id and names");
        CHECK(strcmp(zego_section_id(bs), "") == 0 && strcmp(zego_section_title(bs), "") == 0 &&
                  strcmp(zego_section_title_en(bs), "") == 0,
              "no section: empty id and titles");
        CHECK(zego_section_product(bs) == ZEGO_PRODUCT_NONE && zego_section_family(bs) == UINT32_MAX,
              "no section: no product, no family");
        CHECK(!zego_product_has(bp, ZEGO_FAMILY_RETURN) && zego_product_meaning_count(bp, 0) == 0,
              "no product: no entries");
        CHECK(zego_section_from_id(bp, "common", 6) == ZEGO_SECTION_NONE, "no product: no section");
        for (j = 0; j < sizeof codes / sizeof codes[0]; j++) {
            const uint32_t c = codes[j];
            for (f = 0; f < 2; f++) {
                const struct lookups *l = &by_product[f];
                CHECK(!l->is_known(bp, c) && !l->is_ambiguous(bp, c) && !l->is_retryable(bp, c) &&
                          l->meanings(bp, c) == 0 && l->meaning_section(bp, c, 0) == ZEGO_SECTION_NONE,
                      "no product %lu: %s %lu is unknown", (unsigned long)bp, l->what,
                      (unsigned long)c);
                CHECK(l->guidance(bp, c) == enum_value("ZEGO_GUIDANCE_", "unknown") &&
                          l->category(bp, c) == 0,
                      "no product: unknown guidance and category");
                for (t = 0; t < T_TEXTS; t++) CHECK(l->text[t](bp, c) != NULL, "never NULL");
                CHECK(strcmp(l->text[T_NAME](bp, c), "") == 0 &&
                          strcmp(l->text[T_SINCE](bp, c), "") == 0 &&
                          strcmp(l->text[T_WITHDRAWN](bp, c), "") == 0 &&
                          strcmp(l->text[T_CAUSE_ZH](bp, c), "") == 0,
                      "no product: empty name, since, withdrawn and cause");
                /* The same text for every such value, and it is none of a product's. */
                CHECK(strcmp(l->text[T_MESSAGE_EN](bp, c), by_product[0].text[T_MESSAGE_EN](bad_products[0], 1)) == 0,
                      "no product: one message");
                CHECK(strstr(l->text[T_MESSAGE_EN](bp, c), "zego_product_t") != NULL,
                      "no product: the message says so: %s", l->text[T_MESSAGE_EN](bp, c));
                CHECK(l->text[T_SUGGESTION_EN](bp, c)[0] != '\0', "no product: the generic advice");
                CHECK(l->format[1](bp, c, NULL, 0) > 0, "no product: a line");
            }
            CHECK(!zego_section_code_is_known(bs, c) && !zego_section_code_is_retryable(bs, c) &&
                      zego_section_code_guidance(bs, c) == enum_value("ZEGO_GUIDANCE_", "unknown"),
                  "no section %lu: code %lu is unknown", (unsigned long)bs, (unsigned long)c);
            CHECK(strstr(zego_section_code_message_en(bs, c), "zego_section_t") != NULL &&
                      strcmp(zego_section_code_name(bs, c), "") == 0,
                  "no section: the message says so");
        }
    }
    /* NULL and bytes that are not an id. */
    CHECK(zego_product_from_id(NULL, 0) == ZEGO_PRODUCT_NONE, "from_id(NULL, 0)");
    CHECK(zego_product_from_id(NULL, 3) == ZEGO_PRODUCT_NONE, "from_id(NULL, 3)");
    CHECK(zego_product_from_id("", 0) == ZEGO_PRODUCT_NONE, "from_id(\"\")");
    CHECK(zego_product_from_id("rtc", 4) == ZEGO_PRODUCT_NONE, "the NUL is not part of an id");
    CHECK(zego_product_from_id("RTC", 3) == ZEGO_PRODUCT_NONE, "ids are exact");
    CHECK(zego_product_from_id("\xff\xfe", 2) == ZEGO_PRODUCT_NONE, "not UTF-8");
    CHECK(zego_product_from_host(NULL, 0) == ZEGO_PRODUCT_NONE, "from_host(NULL, 0)");
    CHECK(zego_product_from_host(NULL, 20) == ZEGO_PRODUCT_NONE, "from_host(NULL, 20)");
    CHECK(zego_product_from_host("\xff", 1) == ZEGO_PRODUCT_NONE, "from_host: not UTF-8");
    CHECK(zego_product_from_host("example.com", 11) == ZEGO_PRODUCT_NONE, "from_host: no product");
    /* The example host (ffi/src/product.rs's Rust tests hold every host to the core). */
    CHECK(zego_product_from_host("rtc-api.zego.im", 15) == rtc, "rtc-api.zego.im is RTC");
    CHECK(zego_product_from_host("RTC-API-SHA.zego.im:443", 23) == rtc, "a regional host, a port");
    CHECK(zego_section_from_id(rtc, NULL, 0) == ZEGO_SECTION_NONE, "section_from_id(NULL)");
    CHECK(zego_section_from_id(rtc, "nope", 4) == ZEGO_SECTION_NONE, "no such section");
    CHECK(zego_definitions_count(2, 0) == 0 && zego_definitions_count(UINT32_MAX, 0) == 0,
          "no family, no definitions");
    CHECK(!zego_definition(2, 0, 0, &p, &s) && p == ZEGO_PRODUCT_NONE && s == ZEGO_SECTION_NONE,
          "no family: the sentinels are written");
    CHECK(zego_definition(ZEGO_FAMILY_RETURN, 0, 0, NULL, NULL), "NULL outputs are skipped");
    CHECK(!zego_definition(ZEGO_FAMILY_RETURN, 0, SIZE_MAX, NULL, &s) && s == ZEGO_SECTION_NONE,
          "an index past the end");
    CHECK(zego_product_meaning(rtc, ZEGO_FAMILY_RETURN, 0, NULL, NULL), "NULL outputs");
    CHECK(!zego_product_meaning(rtc, 2, 0, &p, NULL) && p == UINT32_MAX, "no family");
    CHECK(zego_product_code_format(rtc, 0, NULL, 100) > 0, "a NULL buffer with a length");
    buf[0] = 'x';
    CHECK(zego_product_code_format(rtc, 0, buf, 0) > 0 && buf[0] == 'x', "length 0 writes nothing");
}

/* The three answers the issue requires, beside the oracle's rows that hold them too. */
static void check_required(void) {
    const uint32_t rtc = zego_product_from_id("rtc", 3), asr = zego_product_from_id("asr", 3);
    const uint32_t aiagent = ZEGO_PRODUCT_AI_AGENT;
    uint32_t p, s, s0, s1;
    size_t i, n, others = 0;
    int t;
    /* RTC 41003 with no section: ambiguous, with its meanings, each answering by section. */
    CHECK(zego_product_code_is_known(rtc, 41003) && zego_product_code_is_ambiguous(rtc, 41003),
          "RTC 41003 is ambiguous");
    CHECK(strcmp(zego_product_code_name(rtc, 41003), "") == 0, "RTC 41003 has no single name");
    n = zego_product_code_meanings(rtc, 41003);
    CHECK(n >= 2, "RTC 41003 has %lu meanings", (unsigned long)n);
    s0 = zego_product_code_meaning_section(rtc, 41003, 0);
    s1 = zego_product_code_meaning_section(rtc, 41003, 1);
    CHECK(s0 != s1 && zego_section_product(s0) == rtc && zego_section_product(s1) == rtc,
          "two sections of RTC");
    CHECK(strcmp(zego_section_code_name(s0, 41003), zego_section_code_name(s1, 41003)) != 0,
          "RTC 41003: the sections name it differently (%s, %s)", zego_section_code_name(s0, 41003),
          zego_section_code_name(s1, 41003));
    CHECK(strcmp(zego_section_code_name(ZEGO_SECTION_RTC_MEDIA_FILES, ZEGO_RTC_MEDIA_FILE_NOT_FOUND),
                 "MEDIA_FILE_NOT_FOUND") == 0,
          "the media files section's 41003 by constant");
    printf("RTC 41003: %s\n", zego_product_code_message_en(rtc, 41003));
    for (i = 0; i < n; i++) {
        s = zego_product_code_meaning_section(rtc, 41003, i);
        printf("  %s: %s %s\n", zego_section_id(s), zego_section_code_name(s, 41003),
               zego_section_code_message_en(s, 41003));
    }
    /* 3 with no product: today's zego_code_* answer AI Agent's, and the others define it. */
    for (t = 0; t < T_TEXTS; t++) {
        static const char *(*const today[T_TEXTS])(uint32_t) = {
            zego_code_name, zego_code_message, zego_code_suggestion, zego_code_message_en,
            zego_code_suggestion_en, NULL, NULL, NULL, zego_code_withdrawn};
        if (today[t] != NULL)
            CHECK(strcmp(today[t](3), by_product[0].text[t](aiagent, 3)) == 0,
                  "3: zego_code_%s is AI Agent's", text_what[t]);
    }
    CHECK(zego_code_is_known(3) == zego_product_code_is_known(aiagent, 3) &&
              zego_code_guidance(3) == zego_product_code_guidance(aiagent, 3) &&
              zego_code_category(3) == zego_product_code_category(aiagent, 3),
          "3: AI Agent's facts");
    n = zego_definitions_count(ZEGO_FAMILY_RETURN, 3);
    for (i = 0; i < n; i++) {
        CHECK(zego_definition(ZEGO_FAMILY_RETURN, 3, i, &p, &s), "definition %lu of 3", (unsigned long)i);
        others += p != aiagent;
    }
    CHECK(others >= 1, "other products define 3");
    printf("3: %s; defined by %lu entries of other products\n", zego_code_message_en(3),
           (unsigned long)others);
    /* ASR 410001002: ASR's entry, not AI Agent's. */
    CHECK(strcmp(zego_product_code_name(asr, 410001002u), "ASR_TASK_NOT_FOUND") == 0,
          "ASR 410001002 is %s", zego_product_code_name(asr, 410001002u));
    CHECK(strcmp(zego_product_code_message(asr, 410001002u), zego_code_message(410001002u)) != 0,
          "ASR 410001002 is not AI Agent's");
    CHECK(strcmp(zego_code_name(410001002u), zego_product_code_name(aiagent, 410001002u)) == 0,
          "AI Agent's 410001002 stays");
    printf("ASR 410001002: %s %s\n", zego_product_code_name(asr, 410001002u),
           zego_product_code_message_en(asr, 410001002u));
}

/* AI Agent's rows through today's functions: the product lookups agree with them. */
static void check_aiagent(void) {
    size_t i;
    for (i = 0; i < all.count; i++) {
        const struct product_record *r = &all.r[i];
        if (r->tag != 'P' || r->product != ZEGO_PRODUCT_AI_AGENT) continue;
        if (r->family == ZEGO_FAMILY_RETURN)
            CHECK(strcmp(zego_code_message(r->code), r->f[P_MESSAGE_ZH]) == 0 &&
                      strcmp(zego_code_name(r->code), r->f[P_NAME]) == 0 &&
                      zego_code_guidance(r->code) == zego_product_code_guidance(ZEGO_PRODUCT_AI_AGENT, r->code),
                  "AI Agent %lu: zego_code_* and the oracle", (unsigned long)r->code);
        else
            CHECK(strcmp(zego_event_message(r->code), r->f[P_MESSAGE_ZH]) == 0 &&
                      strcmp(zego_event_name(r->code), r->f[P_NAME]) == 0 &&
                      zego_event_category(r->code) == zego_product_event_category(ZEGO_PRODUCT_AI_AGENT, r->code),
                  "AI Agent event %lu: zego_event_* and the oracle", (unsigned long)r->code);
    }
}

int main(int argc, char **argv) {
    size_t i, rows = 0, answers = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: %s PRODUCTS.tsv\n", argv[0]);
        return 2;
    }
    all = products_load(argv[1]);
    for (i = 0; i < all.count; i++) {
        if (all.r[i].tag == 'P') {
            check_row(&all.r[i], i);
            rows++;
        } else {
            check_answer(&all.r[i]);
            answers++;
        }
    }
    check_iteration();
    check_products_and_sections();
    check_constants();
    check_bad_input();
    check_required();
    check_aiagent();
    printf("test_products: %lu rows of the oracle, %lu answers of the core, %lu products, "
           "%lu sections, %d failures\n",
           (unsigned long)rows, (unsigned long)answers, (unsigned long)zego_product_count(),
           (unsigned long)zego_section_count(), expect_failures);
    products_free(&all);
    return expect_failures == 0 ? 0 : 1;
}
