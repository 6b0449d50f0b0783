#include <stdio.h>

int main(void) {
    int i, n = 0;
    for (i = 0; i < 0; i++) n++;
    printf("%d\n", n);
    for (i = 10; i < 5; i++) n++;
    printf("%d\n", n);
    unsigned u;
    for (u = 5; u-- > 0;) printf("%u ", u);
    printf("\n");
    for (i = -3; i <= 3; i += 3) printf("%d ", i);
    printf("\n");
    signed char c;
    n = 0;
    for (c = 100; c > 0; c += 10) n++;   /* c += 10 converts int 130 to signed char: wraps (impl-defined) */
    printf("%d %d\n", n, c);
    return 0;
}
