#include <stdio.h>

int main(void) {
    long long a = 0x100000000LL, b = 0xffffffffLL, c = -1;
    printf("%d %d %d %d %d %d\n", a < b, a > b, a == b, a != b, a <= a, a >= b);
    printf("%d %d\n", c < 0, c < a);
    unsigned long long ua = 0x100000000ULL, uc = (unsigned long long)-1;
    printf("%d %d\n", uc > ua, ua > 0);
    /* same high word, differing low word (signed high, unsigned low) */
    long long p = 0x00000001ffffffffLL, q = 0x0000000100000000LL;
    printf("%d %d\n", p > q, q > p);
    long long r = -0x100000000LL, t = -0xffffffffLL;
    printf("%d %d\n", r < t, t < r);
    long long m = -1, n = 0;
    printf("%d %d\n", m < n, (unsigned long long)m < (unsigned long long)n);
    printf("%d\n", 0x80000000LL > 0);
    long long z = 0;
    if (z) printf("z true\n"); else printf("z false\n");
    z = 0x100000000LL;
    if (z) printf("z true\n"); else printf("z false\n");
    printf("%d\n", !z);
    printf("%d\n", z && 1);
    return 0;
}
