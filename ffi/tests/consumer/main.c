#include <stdio.h>
#include <zego_codes.h>

int main(void) {
    uint32_t code = 410001002; /* the Code field of a response */
    char line[512];

    printf("%s: %s\n", zego_code_name(code), zego_code_message_en(code));
    /* AGENT_INSTANCE_NOT_FOUND: AI agent instance not found. */
    if (zego_code_guidance(code) == ZEGO_GUIDANCE_NOT_FOUND && !zego_code_is_retryable(code))
        printf("not found; do not retry\n");

    zego_code_format_en(code, line, sizeof line);
    printf("%s\n", line);
    /* 410001002 AGENT_INSTANCE_NOT_FOUND: AI agent instance not found. Suggestion: Please
       check if the AI agent instance has been deleted. */
    return code == ZEGO_CODE_AGENT_INSTANCE_NOT_FOUND ? 0 : 1;
}
