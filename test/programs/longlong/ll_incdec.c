#include <stdio.h>

int main(void) {
    long long a = 0xffffffffLL;
    a++;
    printf("%lld\n", a);
    a--;
    a--;
    printf("%lld\n", a);
    unsigned long long u = 0;
    u--;
    printf("%llu\n", u);
    u++;
    printf("%llu\n", u);
    long long b = -1;
    ++b;
    printf("%lld\n", b);
    long long c = 0x100000000LL;
    long long d = c--;
    printf("%lld %lld\n", c, d);
    c += 0x7fffffff;
    c -= -5;
    c *= 3;
    c /= 7;
    c %= 1000000;
    c <<= 3;
    c >>= 1;
    c |= 1;
    c &= ~2LL;
    c ^= 0x10;
    printf("%lld\n", c);
    return 0;
}
