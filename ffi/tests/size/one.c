/* Linked-in cost of the most common use: one message lookup. */
#include <stdio.h>

#include "zego_codes.h"

int main(int argc, char **argv) {
    (void)argv;
    puts(zego_code_message_en((uint32_t)argc));
    return 0;
}
