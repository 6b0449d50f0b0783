#include <stdio.h>

int main(void) {
    int n = 27, steps = 0;
    while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
    printf("%d\n", steps);
    int i = 0;
    while (i < 5) printf("%d ", i++);
    printf("\n");
    int j = 10;
    while (j--) ;
    printf("%d\n", j);
    unsigned u = 1;
    while (u <<= 1) ;
    printf("%u\n", u);
    int k = 100;
    while (0) k = 0;
    printf("%d\n", k);
    return 0;
}
