#include <stdio.h>
#include <string.h>
union W { unsigned long long q; unsigned u[2]; unsigned short s[4]; unsigned char b[8]; signed char sc[8]; };
struct H { char tag; union { int i; char c[6]; } v; long long after; };
int main(void) {
    union W w; w.q = 0x0123456789abcdefull;
    printf("%x %x %x %x %d\n", w.u[0], w.u[1], w.s[3], w.b[0], w.sc[1]);
    w.b[7] = 0xff; printf("%llx\n", w.q);
    w.u[0] = 0; w.s[1] = 0x8000; printf("%llx\n", w.q);
    struct H h; memset(&h, 0, sizeof h); h.v.c[5] = 'x'; h.after = -1;
    printf("%d %d %d\n", (int)sizeof(struct H), (int)sizeof h.v, h.v.c[5]);
    union W w2 = {0xffffffffffffffffull}; printf("%d %u\n", w2.sc[3], w2.s[0]);
    union W w3 = w; w3.b[0]++; printf("%llx %llx\n", w.q, w3.q);
    unsigned long long x = 0xf0f0f0f00f0f0f0full;
    printf("%llx %llx %llx\n", x & ~(x >> 4), x | (x << 4), x ^ 0xffffffff00000000ull);
    long long neg = -0x123456789abcLL;
    printf("%llx %lld %lld\n", (unsigned long long)neg & 0xffff00000000ull, neg >> 20, neg / 65536);
    int cnt = 0; unsigned long long t = x; while (t) { cnt += t & 1; t >>= 1; } printf("%d\n", cnt);
    long long rot = (long long)((x << 13) | (x >> 51)); printf("%lld\n", rot);
    printf("%d %d\n", (int)(x >> 32 == 0xf0f0f0f0u), (unsigned)x == 0x0f0f0f0fu);
    return 0;
}
