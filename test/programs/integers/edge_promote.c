#include <stdio.h>
int main(void) {
    unsigned char uc = 200; signed char sc = -56; unsigned short us = 65000; short ss = -30000;
    long long ll = -5; unsigned long long ull = 7; unsigned u = 3000000000u; long l = -7;
    printf("%d %d\n", uc + sc, uc * us > 0);
    printf("%lld %llu\n", ll + u, ull - 8);
    printf("%d %d\n", l < u, ll < u);
    printf("%d %d %d\n", sc < uc, -1 < (unsigned char)1, -1 < (unsigned short)1);
    printf("%d\n", -1 < 1u);
    printf("%lld\n", (long long)(ss * 3) + us);
    printf("%u\n", u + l);
    printf("%d %d\n", (int)sizeof(uc + uc), (int)sizeof(ull + 1));
    printf("%llu\n", ull * u);
    printf("%lld\n", ll / 2 + (u >> 1));
    printf("%d\n", ~uc);
    printf("%u\n", ~us + 0u);
    printf("%lld\n", -ull > 0 ? 1LL : 0LL);
    unsigned long long big = 0xFFFFFFFFFFFFFFFFull;
    printf("%d %d\n", big == -1, (long long)big == -1LL);
    printf("%d\n", (unsigned char)(uc + 100));
    printf("%d\n", (signed char)(uc));
    printf("%d\n", (short)us);
    int i = -1;
    printf("%d %d\n", i < (unsigned long long)0 , (long long)i < 0);
    printf("%llu\n", (unsigned long long)i);
    printf("%llu\n", (unsigned long long)(unsigned)i);
    printf("%lld\n", (long long)u);
    printf("%d\n", (int)(ull % 4 - 5 > 0));
    return 0;
}
