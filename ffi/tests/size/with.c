/* Linked-in cost of libzego_codes.a: this program calls every function; without.c is the
 * same program without the library. */
#include <stdio.h>

#include "zego_codes.h"

int main(int argc, char **argv) {
    uint32_t code = (uint32_t)argc;
    char line[256];
    (void)argv;
    printf("%s %s %s %s %s %d %d %d %u %u %zu %u\n", zego_code_name(code), zego_code_message(code),
           zego_code_message_en(code), zego_code_suggestion(code), zego_code_suggestion_en(code),
           zego_code_is_known(code), zego_code_is_success(code), zego_code_is_retryable(code),
           zego_code_category(code), zego_code_guidance(code), zego_code_count(),
           zego_code_at((size_t)code));
    printf("%s %s %s %s %s %d %d %u %u %zu %u\n", zego_event_name(code), zego_event_message(code),
           zego_event_message_en(code), zego_event_suggestion(code),
           zego_event_suggestion_en(code), zego_event_is_known(code),
           zego_event_is_retryable(code), zego_event_category(code), zego_event_guidance(code),
           zego_event_count(), zego_event_at((size_t)code));
    zego_code_format(code, line, sizeof line);
    puts(line);
    zego_code_format_en(code, line, sizeof line);
    puts(line);
    zego_event_format(code, line, sizeof line);
    puts(line);
    zego_event_format_en(code, line, sizeof line);
    puts(line);
    puts(zego_codes_version());
    return 0;
}
