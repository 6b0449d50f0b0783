/* main.c + greet.c: separate compilation and linking.
 *
 *     minic cc -c examples/linking/main.c examples/linking/greet.c
 *     minic nm main.o            # greet and greetings are U (undefined) here
 *     minic ld main.o greet.o -o greet-prog
 *     minic run greet-prog
 *
 * The linker resolves main.o's references to greet and greetings against greet.o's
 * definitions, and pulls printf's member out of libc. */
#include <stdio.h>
#include "greet.h"

int main(void) {
    greet("world");
    greet("linker");
    printf("%d greetings\n", greetings);
    return 0;
}
