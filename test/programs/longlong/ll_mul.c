#include <stdio.h>

int main(void) {
    long long x = 1;
    int i;
    for (i = 1; i <= 20; i++) {
        x *= i;
        printf("%d! = %lld\n", i, x);
    }
    long long a = 0x7fffffffLL;
    printf("%lld\n", a * a);
    long long b = -3037000499LL;
    printf("%lld\n", b * b);
    printf("%lld\n", 100000LL * 100000LL);
    printf("%lld\n", -100000LL * 100000LL);
    int p = 100000, q = 100000;
    printf("%lld\n", (long long)p * q);
    return 0;
}
