#include <stdio.h>

int popcount(unsigned x) { int n = 0; while (x) { n += x & 1; x >>= 1; } return n; }

int main(void) {
    unsigned a = 0xF0F0, b = 0x0FF0;
    printf("%x %x %x %x\n", a & b, a | b, a ^ b, ~a);
    printf("%d %d %d\n", 12 & 10, 12 | 10, 12 ^ 10);
    printf("%d\n", ~0);
    printf("%d\n", -1 & 0xff);
    printf("%d\n", -8 | 3);
    printf("%d\n", -1 ^ 5);
    printf("%d %d %d\n", popcount(0), popcount(0xffffffffu), popcount(0x12345678));
    unsigned x = 0xb4;
    printf("%x\n", x & -x);            /* lowest set bit */
    printf("%x\n", x & (x - 1));       /* clear lowest set bit */
    int v = 42;
    v ^= v;
    printf("%d\n", v);
    int p = 5, q = 9;
    p ^= q; q ^= p; p ^= q;
    printf("%d %d\n", p, q);
    printf("%d\n", (0x55 & 0xaa) == 0);
    printf("%d\n", (6 & 3) != 0);
    return 0;
}
