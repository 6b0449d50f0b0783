/* crc32 + adler32 over a generated buffer: byte loads, shifts, table lookups */
#include <stdio.h>

#ifndef N
#define N 3000
#endif
#define LEN 65536

unsigned table[256];
unsigned char buf[LEN];

void make_table(void) {
    unsigned i, j, c;
    for (i = 0; i < 256u; i++) {
        c = i;
        for (j = 0; j < 8u; j++) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

unsigned crc32(const unsigned char *p, int n, unsigned crc) {
    int i;
    crc = ~crc;
    for (i = 0; i < n; i++) crc = table[(crc ^ p[i]) & 255u] ^ (crc >> 8);
    return ~crc;
}

unsigned adler32(const unsigned char *p, int n) {
    unsigned a = 1u, b = 0u;
    int i;
    for (i = 0; i < n; i++) {
        a = (a + p[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

int main(void) {
    unsigned seed = 7u, crc = 0u, ad = 0u;
    int i, r;
    make_table();
    for (i = 0; i < LEN; i++) {
        seed = seed * 1103515245u + 12345u;
        buf[i] = (unsigned char)(seed >> 16);
    }
    for (r = 0; r < N; r++) {
        crc = crc32(buf, LEN, crc);
        buf[r % LEN] ^= (unsigned char)crc;
        if (r % 8 == 0) ad ^= adler32(buf, LEN);
    }
    printf("crc %08x adler %08x\n", crc, ad);
    return 0;
}
