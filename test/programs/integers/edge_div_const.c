#include <stdio.h>
#include <limits.h>
int main(void) {
    int v[] = { -9, -8, -7, -1, 0, 1, 7, 8, 9, INT_MIN, INT_MAX, -2147483647 };
    long long lv[] = { -9, -8, -7, -1, 0, 7, 8, 9, LLONG_MIN, LLONG_MAX, -4294967297LL, 4294967297LL };
    unsigned uv[] = { 0, 7, 8, 9, 0x80000000u, 0xffffffffu };
    int i;
    for (i = 0; i < 12; i++) {
        int x = v[i];
        printf("%d %d %d %d %d %d %d %d %d %d %d\n", x / 4, x % 4, x / 8, x % 8, x / -4, x % -4, x / 1, x % 1, x / 3, x % 7, x >> 2);
        printf(" %d %d %d %d\n", x / 2, x % 2, x % 65536, x / 65536);
        printf(" %u %u\n", (unsigned)x / 16u, (unsigned)x % 16u);
    }
    for (i = 0; i < 12; i++) {
        long long x = lv[i];
        printf("%lld %lld %lld %lld %lld %lld %lld\n", x / 4, x % 4, x / 0x100000000LL, x % 0x100000000LL, x / -2, x / 3, x % 10);
        printf(" %llu %llu %lld\n", (unsigned long long)x / 8, (unsigned long long)x % 0x100000000ull, x >> 33);
    }
    for (i = 0; i < 6; i++) {
        unsigned x = uv[i];
        printf("%u %u %u %u %u %u\n", x / 4, x % 4, x / 3, x % 3, x / 0x80000000u, x * 8u);
    }
    for (i = 0; i < 12; i++) { int x = v[i]; if (x > -100000 && x < 100000) printf("%d %d %d %d ", x * 8, x * -1, x * 0, x * 7); }
    printf("\n");
    short s = -7; unsigned short us = 65535; signed char sc = -128; unsigned char uc = 255;
    printf("%d %d %d %d %d %d %d %d\n", s / 2, s % 4, us / 4, us % 8, sc / 2, sc % 3, uc / 16, uc % 16);
    printf("%d %d\n", INT_MIN / 2, INT_MIN % 2);
    return 0;
}
