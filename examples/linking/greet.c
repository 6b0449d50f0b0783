/* greet.c: one half of a two-file program (see main.c). */
#include <stdio.h>
#include "greet.h"

int greetings = 0;              /* a global in greet.o's data section */
static const char *salute = "Hello";   /* static: invisible to other files */

void greet(const char *name) {
    greetings++;
    printf("%s, %s!\n", salute, name);
}
