#include <stdio.h>

unsigned long long gcd(unsigned long long a, unsigned long long b) {
    while (b) { unsigned long long t = a % b; a = b; b = t; }
    return a;
}

unsigned long long powmod(unsigned long long b, unsigned long long e, unsigned long long m) {
    unsigned long long r = 1;
    b %= m;
    while (e) {
        if (e & 1) r = r * b % m;
        b = b * b % m;
        e >>= 1;
    }
    return r;
}

int main(void) {
    printf("%llu\n", gcd(1071ULL * 1000000007ULL, 462ULL * 1000000007ULL));
    printf("%llu\n", gcd(0xffffffffffffULL, 0xffffffULL));
    printf("%llu\n", powmod(2, 1000000, 1000000007ULL));
    printf("%llu\n", powmod(3, 0xfffffffffULL, 998244353ULL));
    printf("%llu\n", powmod(12345, 0, 7));
    return 0;
}
