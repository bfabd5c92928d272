/* Linked-in cost of libzego_codes.a for a program that calls every product function (with.c
 * calls the AI Agent ones); printed by ffi/tests/size.sh beside the one-lookup figures. */
#include <stdio.h>

#include "zego_codes.h"

int main(int argc, char **argv) {
    uint32_t v = (uint32_t)argc, out = 0;
    char line[256];
    size_t sum = 0;
    (void)argv;
    sum += (size_t)zego_product_count();
    sum += (unsigned char)zego_product_id(v)[0];
    sum += (unsigned char)zego_product_name(v)[0];
    sum += (unsigned char)zego_product_name_en(v)[0];
    sum += (size_t)zego_product_from_id("rtc", 3);
    sum += (size_t)zego_product_from_host("rtc", 3);
    sum += (size_t)zego_product_has(v, v);
    sum += (size_t)zego_product_meaning_count(v, v);
    sum += (size_t)zego_product_meaning(v, v, v, &out, &out);
    sum += (size_t)zego_section_count();
    sum += (size_t)zego_section_product(v);
    sum += (size_t)zego_section_family(v);
    sum += (unsigned char)zego_section_id(v)[0];
    sum += (unsigned char)zego_section_title(v)[0];
    sum += (unsigned char)zego_section_title_en(v)[0];
    sum += (size_t)zego_section_from_id(v, "rtc", 3);
    sum += (size_t)zego_definitions_count(v, v);
    sum += (size_t)zego_definition(v, v, v, &out, &out);
    sum += (unsigned char)zego_product_code_message(v, v)[0];
    sum += (unsigned char)zego_product_code_message_en(v, v)[0];
    sum += (unsigned char)zego_product_code_suggestion(v, v)[0];
    sum += (unsigned char)zego_product_code_suggestion_en(v, v)[0];
    sum += (unsigned char)zego_product_code_cause(v, v)[0];
    sum += (unsigned char)zego_product_code_cause_en(v, v)[0];
    sum += (unsigned char)zego_product_code_name(v, v)[0];
    sum += (size_t)zego_product_code_is_known(v, v);
    sum += (size_t)zego_product_code_is_ambiguous(v, v);
    sum += (size_t)zego_product_code_meanings(v, v);
    sum += (size_t)zego_product_code_meaning_section(v, v, v);
    sum += (size_t)zego_product_code_is_retryable(v, v);
    sum += (size_t)zego_product_code_guidance(v, v);
    sum += (size_t)zego_product_code_category(v, v);
    sum += (unsigned char)zego_product_code_since(v, v)[0];
    sum += (unsigned char)zego_product_code_withdrawn(v, v)[0];
    sum += (size_t)zego_product_code_format(v, v, line, sizeof line);
    sum += (size_t)zego_product_code_format_en(v, v, line, sizeof line);
    sum += (unsigned char)zego_product_event_message(v, v)[0];
    sum += (unsigned char)zego_product_event_message_en(v, v)[0];
    sum += (unsigned char)zego_product_event_suggestion(v, v)[0];
    sum += (unsigned char)zego_product_event_suggestion_en(v, v)[0];
    sum += (unsigned char)zego_product_event_cause(v, v)[0];
    sum += (unsigned char)zego_product_event_cause_en(v, v)[0];
    sum += (unsigned char)zego_product_event_name(v, v)[0];
    sum += (size_t)zego_product_event_is_known(v, v);
    sum += (size_t)zego_product_event_is_ambiguous(v, v);
    sum += (size_t)zego_product_event_meanings(v, v);
    sum += (size_t)zego_product_event_meaning_section(v, v, v);
    sum += (size_t)zego_product_event_is_retryable(v, v);
    sum += (size_t)zego_product_event_guidance(v, v);
    sum += (size_t)zego_product_event_category(v, v);
    sum += (unsigned char)zego_product_event_since(v, v)[0];
    sum += (unsigned char)zego_product_event_withdrawn(v, v)[0];
    sum += (size_t)zego_product_event_format(v, v, line, sizeof line);
    sum += (size_t)zego_product_event_format_en(v, v, line, sizeof line);
    sum += (unsigned char)zego_section_code_message(v, v)[0];
    sum += (unsigned char)zego_section_code_message_en(v, v)[0];
    sum += (unsigned char)zego_section_code_suggestion(v, v)[0];
    sum += (unsigned char)zego_section_code_suggestion_en(v, v)[0];
    sum += (unsigned char)zego_section_code_cause(v, v)[0];
    sum += (unsigned char)zego_section_code_cause_en(v, v)[0];
    sum += (unsigned char)zego_section_code_name(v, v)[0];
    sum += (size_t)zego_section_code_is_known(v, v);
    sum += (size_t)zego_section_code_is_retryable(v, v);
    sum += (size_t)zego_section_code_guidance(v, v);
    sum += (unsigned char)zego_section_code_since(v, v)[0];
    sum += (unsigned char)zego_section_code_withdrawn(v, v)[0];
    sum += (size_t)zego_section_code_format(v, v, line, sizeof line);
    sum += (size_t)zego_section_code_format_en(v, v, line, sizeof line);
    printf("%zu %u %s\n", sum, out, line);
    return 0;
}
