#include <stdio.h>

int main(void) {
    long long n[] = {7, -7, 7, -7, 1000000000000LL, -1000000000000LL, 9223372036854775807LL};
    long long d[] = {2, 2, -2, -2, 7, 13, 1000000007};
    int i;
    for (i = 0; i < 7; i++)
        printf("%lld %lld %lld %lld\n", n[i], d[i], n[i] / d[i], n[i] % d[i]);
    unsigned long long u = 10000000000000000000ULL;
    printf("%llu %llu\n", u / 3, u % 3);
    printf("%llu\n", u / 4294967296ULL);
    printf("%llu\n", u / 4294967297ULL);
    printf("%llu\n", u % 4294967297ULL);
    long long big = 0x7fffffffffffffffLL;
    printf("%lld\n", big / 0x100000000LL);
    printf("%lld\n", (-big - 1) / 2);
    printf("%lld\n", (-big - 1) % 10);
    return 0;
}
