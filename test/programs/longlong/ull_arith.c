#include <stdio.h>

int main(void) {
    unsigned long long m = 18446744073709551615ULL;
    printf("%llu\n", m);
    printf("%llu\n", m + 1);
    printf("%llu\n", m * m);
    printf("%llu\n", 0ULL - 1);
    printf("%llu\n", m / 3);
    printf("%llu\n", m % 1000000007ULL);
    printf("%llu\n", m / 0xffffffffULL);
    unsigned long long x = 0x123456789abcdef0ULL;
    printf("%llx\n", x);
    printf("%llX\n", x * 16);
    printf("%llu\n", x / 12345);
    printf("%llu\n", x % 12345);
    unsigned long long f = 1;
    int i;
    for (i = 0; i < 100; i++) f = f * 6364136223846793005ULL + 1442695040888963407ULL;
    printf("%llu\n", f);
    printf("%llx\n", f);
    return 0;
}
