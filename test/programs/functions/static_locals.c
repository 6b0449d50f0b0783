#include <stdio.h>

int counter(void) { static int n = 0; return ++n; }
int fib_next(void) { static int a = 0, b = 1; int r = a; int t = a + b; a = b; b = t; return r; }
const char *cycle(void) {
    static const char *names[] = {"red", "green", "blue"};
    static int i;
    return names[i++ % 3];
}

int main(void) {
    int i;
    for (i = 0; i < 5; i++) printf("%d ", counter());
    printf("\n");
    for (i = 0; i < 10; i++) printf("%d ", fib_next());
    printf("\n");
    for (i = 0; i < 5; i++) printf("%s ", cycle());
    printf("\n");
    printf("%d\n", counter());
    return 0;
}
