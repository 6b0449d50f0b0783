#include <stdio.h>

union Word { unsigned int u; int i; unsigned char b[4]; unsigned short h[2]; };

int main(void) {
    union Word w;
    w.u = 0x11223344;
    printf("%x %x %x %x\n", w.b[0], w.b[1], w.b[2], w.b[3]);
    printf("%x %x\n", w.h[0], w.h[1]);
    w.b[3] = 0xff;
    printf("%x %d\n", w.u, w.i);
    w.i = -1;
    printf("%u %x\n", w.u, w.h[1]);
    printf("%d\n", (int)sizeof(union Word));
    union { long long ll; unsigned int parts[2]; } v;
    v.ll = 0x0000000500000007LL;
    printf("%u %u\n", v.parts[0], v.parts[1]);
    return 0;
}
