/* The installed header and the library it links are one release (main.c is the README's
   example word for word, so the check stands here). */
#include <stdio.h>
#include <string.h>

#include <zego_codes.h>

int main(void) {
    if (strcmp(zego_codes_version(), ZEGO_CODES_VERSION) != 0) {
        fprintf(stderr, "header %s, library %s\n", ZEGO_CODES_VERSION, zego_codes_version());
        return 1;
    }
    return 0;
}
