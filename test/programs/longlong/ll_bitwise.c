#include <stdio.h>

int popcount64(unsigned long long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }

int main(void) {
    unsigned long long a = 0xf0f0f0f00f0f0f0fULL, b = 0x00ff00ffff00ff00ULL;
    printf("%llx\n", a & b);
    printf("%llx\n", a | b);
    printf("%llx\n", a ^ b);
    printf("%llx\n", ~a);
    printf("%d %d\n", popcount64(a), popcount64(~0ULL));
    long long n = -1;
    printf("%lld\n", n & 0xffffffffLL);
    printf("%llx\n", (unsigned long long)(-a));
    unsigned long long r = 0x8000000000000001ULL;
    r = (r << 1) | (r >> 63);
    printf("%llx\n", r);
    return 0;
}
