/* Linked-in cost of one product lookup: the message of a product's return code. */
#include <stdio.h>

#include "zego_codes.h"

int main(int argc, char **argv) {
    (void)argv;
    puts(zego_product_code_message_en((uint32_t)argc, (uint32_t)argc));
    return 0;
}
