#include <stdio.h>
int main(void) {
    unsigned long long x = 0x8000000000000001ull; long long y = -0x123456789LL;
    int n;
    for (n = 0; n < 64; n += 7) printf("%d %llx %llx %llx\n", n, x >> n, x << n, (unsigned long long)(y >> n));
    for (n = 28; n < 36; n++) printf("%llx %lld\n", 1ull << n, (long long)((unsigned long long)y << (n - 28)));
    printf("%llx\n", x >> 63);
    printf("%llx\n", (unsigned long long)((long long)x >> 63));
    printf("%llx\n", x << 63);
    unsigned long long s = 33; printf("%d\n", 1 << (int)(s - 30));
    printf("%llx\n", 0xffull << s);
    int i = 5; printf("%d\n", i << 3ull);
    printf("%lld\n", (long long)(1u << 31));
    printf("%llx %llx %llx\n", x & y, x | y, x ^ y);
    printf("%llx\n", ~x);
    printf("%d %d\n", !x, !(x & 0));
    long long m = 1LL << 62; printf("%lld\n", m >> 61);
    printf("%lld\n", -1LL >> 40);
    printf("%llu\n", -1ULL >> 40);
    return 0;
}
