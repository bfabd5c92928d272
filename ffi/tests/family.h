/* The zego_code_* and zego_event_* functions side by side, so each check is written once. */
#ifndef ZEGO_TEST_FAMILY_H
#define ZEGO_TEST_FAMILY_H

#include "zego_codes.h"

struct family {
    char kind; /* the record kind of expect.h */
    const char *what;
    const char *(*text[6])(uint32_t); /* indexed like expect_record.text */
    bool (*is_known)(uint32_t);
    bool (*is_retryable)(uint32_t);
    uint32_t (*category)(uint32_t);
    uint32_t (*guidance)(uint32_t);
    size_t (*count)(void);
    uint32_t (*at)(size_t);
    size_t (*format[2])(uint32_t, char *, size_t); /* Chinese, English */
};

static const struct family families[2] = {
    {'R',
     "return code",
     {zego_code_name, zego_code_message, zego_code_suggestion, zego_code_message_en,
      zego_code_suggestion_en, zego_code_withdrawn},
     zego_code_is_known,
     zego_code_is_retryable,
     zego_code_category,
     zego_code_guidance,
     zego_code_count,
     zego_code_at,
     {zego_code_format, zego_code_format_en}},
    {'E',
     "event code",
     {zego_event_name, zego_event_message, zego_event_suggestion, zego_event_message_en,
      zego_event_suggestion_en, zego_event_withdrawn},
     zego_event_is_known,
     zego_event_is_retryable,
     zego_event_category,
     zego_event_guidance,
     zego_event_count,
     zego_event_at,
     {zego_event_format, zego_event_format_en}},
};

static const struct family *family_of(char kind) {
    return kind == 'R' ? &families[0] : &families[1];
}

/* The line the formatters must produce, built here independently with snprintf from the
 * expected texts; lang 0 is Chinese, 1 English. Returns a malloc'd string. */
static char *expected_line(const struct expect_record *r, int lang) {
    const char *message = r->text[lang ? F_MESSAGE_EN : F_MESSAGE_ZH];
    const char *suggestion = r->text[lang ? F_SUGGESTION_EN : F_SUGGESTION_ZH];
    const char *label = suggestion[0] == '\0' ? "" : lang ? " Suggestion: " : " 建议：";
    const char *space = r->known ? " " : "";
    int n = snprintf(NULL, 0, "%lu%s%s: %s%s%s", (unsigned long)r->code, space, r->text[F_NAME],
                     message, label, suggestion);
    char *line = (char *)malloc((size_t)n + 1);
    snprintf(line, (size_t)n + 1, "%lu%s%s: %s%s%s", (unsigned long)r->code, space,
             r->text[F_NAME], message, label, suggestion);
    return line;
}

#endif
