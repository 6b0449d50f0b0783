/* 64-bit integer arithmetic: a linear congruential mix, division, shifts (long long) */
#include <stdio.h>

#ifndef N
#define N 2000000
#endif

int main(void) {
    unsigned long long x = 88172645463325252ull, acc = 0ull;
    long long s = 0;
    int i;
    for (i = 0; i < N; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        acc += x % 1000003ull;
        s += (long long)(x >> 40) - (long long)(i * 3);
        if ((i & 1023) == 0) s /= 3;
    }
    printf("llmath acc=%llu s=%lld\n", acc, s);
    return 0;
}
