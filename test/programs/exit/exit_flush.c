#include <stdio.h>
#include <stdlib.h>

/* output without a trailing newline must still be flushed by exit() */
int main(void) {
    printf("partial line, no newline");
    putchar('!');
    exit(5);
}
