#include <stdio.h>
int main(void) {
    printf("%d %d %d\n", (int)sizeof(2147483647), (int)sizeof(2147483648), (int)sizeof(0x80000000));
    printf("%d %d\n", (int)sizeof(4294967295), (int)sizeof(0xffffffff));
    printf("%d %d\n", (int)sizeof(-2147483648), -2147483648 < 0);
    printf("%d\n", 0x80000000 > 0);
    printf("%d %d %d\n", (int)sizeof(1u), (int)sizeof(1l), (int)sizeof(1ul));
    printf("%d\n", (int)sizeof(4294967296));
    printf("%lld\n", 4294967296 * 2);
    printf("%d\n", (int)sizeof(017777777777), 0);
    printf("%d\n", (int)sizeof(037777777777));
    printf("%d\n", (int)sizeof(0x7fffffffffffffff));
    printf("%d\n", 0xffffffffffffffff > 0);
    printf("%llu\n", 18446744073709551615ull / 3);
    printf("%llu\n", 18446744073709551615ull % 1000000007ull);
    printf("%lld\n", -9223372036854775807LL - 1);
    printf("%lld %lld\n", (-9223372036854775807LL - 1) / 3, (-9223372036854775807LL - 1) % 1000);
    printf("%llu\n", 12345678901234567ull * 1000ull);
    long long n = -12345678912345LL; printf("%lld %lld\n", n / 1000000007LL, n % 1000000007LL);
    unsigned long long d = 0xfedcba9876543210ull; printf("%llu %llu\n", d / 0x123456789ull, d % 0x123456789ull);
    printf("%d\n", (char)0x12345678LL);
    printf("%d\n", (short)-0x100000001LL);
    printf("%u\n", (unsigned)0x1ffffffffLL);
    printf("%d %d\n", (_Bool)0x100000000LL, (_Bool)0x100000000LL + 0);
    _Bool b = 0x100000000LL; printf("%d\n", b);
    unsigned u = 0xffffffff; long long s = u; printf("%lld\n", s);
    int i = -1; unsigned long long z = i; printf("%llx\n", z);
    printf("%d\n", 'AB');
    printf("%d\n", '\xff');
    printf("%d\n", 1000000 * 3 / 7);
    printf("%d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
    printf("%u %u\n", -7u / 2, -7u % 2);
    printf("%lld %lld\n", -7LL / 2, -7LL % 2);
    long long arr[5] = {0, 1, 2, 3, 4}; long long k = 3; printf("%lld %lld\n", arr[k], *(arr + 2LL));
    long long *p = &arr[4], *q = &arr[1]; printf("%d\n", (int)(p - q));
    return 0;
}
