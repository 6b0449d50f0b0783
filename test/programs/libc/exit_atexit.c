#include <stdio.h>
#include <stdlib.h>

void first(void) { printf("atexit first registered, runs last\n"); }
void second(void) { printf("atexit second registered, runs first\n"); }

int main(void) {
    atexit(first);
    atexit(second);
    printf("main body\n");
    exit(7);
}
