/* The README's product example: a code looked up in the product whose API returned it. */
#include <stdio.h>
#include <string.h>
#include <zego_codes.h>

int main(void) {
    const char *host = "rtc-api.zego.im"; /* the API the request went to */
    uint32_t rtc = zego_product_from_host(host, strlen(host)); /* ZEGO_PRODUCT_RTC */
    uint32_t code = 41003;                                      /* the Code of its response */
    uint32_t product, section;
    size_t i;

    /* RTC's pages give 41003 two meanings: the lookup says so instead of picking one. */
    if (zego_product_code_is_ambiguous(rtc, code)) {
        printf("%s\n", zego_product_code_message_en(rtc, code));
        for (i = 0; i < zego_product_code_meanings(rtc, code); i++) {
            section = zego_product_code_meaning_section(rtc, code, i);
            printf("  %s: %s\n", zego_section_title_en(section),
                   zego_section_code_name(section, code));
        }
    }
    /* Knowing the API called, its section answers exactly. */
    printf("%s\n", zego_section_code_message_en(ZEGO_SECTION_RTC_MEDIA_FILES,
                                                ZEGO_RTC_MEDIA_FILE_NOT_FOUND));

    /* ASR's 410001002 is ASR's, not AI Agent's AGENT_INSTANCE_NOT_FOUND. */
    printf("%s\n", zego_product_code_name(ZEGO_PRODUCT_ASR, 410001002));

    /* Who defines 3? */
    for (i = 0; zego_definition(ZEGO_FAMILY_RETURN, 3, i, &product, &section); i++)
        printf("  %s %s: %s\n", zego_product_id(product), zego_section_id(section),
               section == ZEGO_SECTION_NONE ? zego_product_code_message_en(product, 3)
                                            : zego_section_code_message_en(section, 3));
    return rtc == ZEGO_PRODUCT_RTC ? 0 : 1;
}
