#include <stdio.h>

int main(void) {
    /* sum of 1..10000 and sum of squares mod 1000003 */
    int i;
    int sum = 0;
    for (i = 1; i <= 10000; i++) sum += i;
    printf("%d\n", sum);
    int sq = 0;
    for (i = 1; i <= 10000; i++) sq = (sq + (i % 1000003) * (i % 1000) % 1000003) % 1000003;
    printf("%d\n", sq);
    unsigned h = 2166136261u;
    for (i = 0; i < 100; i++) { h ^= (unsigned)i; h *= 16777619u; }
    printf("%u\n", h);
    return 0;
}
