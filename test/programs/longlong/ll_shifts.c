#include <stdio.h>

int main(void) {
    int i;
    unsigned long long one = 1;
    for (i = 0; i < 64; i++) printf("%d:%llx\n", i, one << i);
    unsigned long long x = 0xfedcba9876543210ULL;
    for (i = 0; i < 64; i += 7) printf("%llx %llx\n", x >> i, x << i);
    long long s = 0x7123456789abcdefLL;
    for (i = 0; i < 63; i += 9) printf("%llx\n", (unsigned long long)(s >> i));
    printf("%llx\n", x >> 32);
    printf("%llx\n", x << 32);
    printf("%llx\n", x >> 63);
    printf("%llx\n", x >> 31);
    printf("%llx\n", x << 31);
    int k = 40;
    printf("%llx\n", 1ULL << k);
    printf("%lld\n", 1LL << 62);
    return 0;
}
