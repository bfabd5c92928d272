/* The README's example: look up a return code from a response and log it. */
#include <stdio.h>
#include <string.h>

#include <zego_codes.h>

int main(void) {
    uint32_t code = 410001002; /* the Code field of a response */
    char line[512];

    if (strcmp(zego_codes_version(), ZEGO_CODES_VERSION) != 0) {
        fprintf(stderr, "header %s, library %s\n", ZEGO_CODES_VERSION, zego_codes_version());
        return 1;
    }
    printf("%s: %s\n", zego_code_name(code), zego_code_message_en(code));
    if (zego_code_guidance(code) == ZEGO_GUIDANCE_NOT_FOUND && !zego_code_is_retryable(code))
        printf("not found; do not retry\n");

    zego_code_format_en(code, line, sizeof line);
    printf("%s\n", line);
    return code == ZEGO_CODE_AGENT_INSTANCE_NOT_FOUND ? 0 : 1;
}
