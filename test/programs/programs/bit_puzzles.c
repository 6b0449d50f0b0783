#include <stdio.h>

int popcount(unsigned x) { x = x - ((x >> 1) & 0x55555555u); x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u); return (int)((((x + (x >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24); }
unsigned reverse_bits(unsigned x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
    return (x >> 16) | (x << 16);
}
int is_pow2(unsigned x) { return x && !(x & (x - 1)); }
unsigned next_pow2(unsigned x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
int ctz(unsigned x) { int n = 0; if (!x) return 32; while (!(x & 1)) { x >>= 1; n++; } return n; }
int clz(unsigned x) { int n = 0; if (!x) return 32; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
unsigned rotl(unsigned x, int k) { k &= 31; return k ? (x << k) | (x >> (32 - k)) : x; }
int parity(unsigned x) { x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return (int)(x & 1); }
unsigned gray(unsigned x) { return x ^ (x >> 1); }
unsigned ungray(unsigned g) { unsigned x = g; while (g >>= 1) x ^= g; return x; }
int sign_of(int x) { return (x > 0) - (x < 0); }

int main(void) {
    unsigned t[] = {0, 1, 2, 3, 0x80000000u, 0xffffffffu, 0x12345678u, 1000, 0xdeadbeefu};
    int i;
    for (i = 0; i < 9; i++)
        printf("%08x pop=%d rev=%08x pow2=%d next=%x ctz=%d clz=%d rotl7=%08x par=%d\n", t[i], popcount(t[i]),
               reverse_bits(t[i]), is_pow2(t[i]), next_pow2(t[i]), ctz(t[i]), clz(t[i]), rotl(t[i], 7), parity(t[i]));
    for (i = 0; i < 8; i++) printf("%u->%u->%u ", (unsigned)i, gray((unsigned)i), ungray(gray((unsigned)i)));
    printf("\n%d %d %d\n", sign_of(-9), sign_of(0), sign_of(12));
    return 0;
}
