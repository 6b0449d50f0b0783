#include <stdio.h>
static unsigned char uc_step(unsigned char c, int k) { c += k; c <<= 1; c ^= 0x5a; return c; }
static short sh_step(short s, int k) { s = (short)(s * 3 + k); s >>= 1; return s; }
int main(void) {
    unsigned char c = 1; signed char sc = 0; short s = 1; unsigned short us = 0;
    long long acc = 0; unsigned long long u = 1; unsigned h = 2166136261u; int i, sum = 0;
    for (i = 0; i < 12000; i++) {
        c = uc_step(c, i);
        sc += (signed char)c;
        s = sh_step(s, i & 0xff);
        us -= (unsigned short)(i * 7);
        acc += (long long)sc * s - us;
        u = u * 6364136223846793005ull + 1442695040888963407ull;
        int sh = (int)(u >> 58);
        acc ^= (long long)(u >> sh) & 0xffff;
        acc += (u << (sh & 31)) > u ? 1 : -1;
        h = (h ^ c) * 16777619u;
        sum += (sc < 0) + (us > 30000) * 2 + ((long long)u < 0) * 4 + (h % 7 == 0) * 8 + ((int)h / -3 > 0) * 16;
        sum += (signed char)(c + sc) >> 3;
        if ((i & 2047) == 0) printf("%d %d %d %d %d %lld %llx %u %d\n", i, c, sc, s, us, acc, u, h, sum);
    }
    printf("%d %d %d %d %lld %llx %u %d\n", c, sc, s, us, acc, u, h, sum);
    return 0;
}
