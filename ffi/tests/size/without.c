/* The baseline of with.c and one.c: the same kind of program, no library call. */
#include <stdio.h>

int main(int argc, char **argv) {
    (void)argv;
    puts(argc > 1 ? "many" : "one");
    return 0;
}
