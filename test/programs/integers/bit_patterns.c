#include <stdio.h>

void bin(unsigned x, int bits) {
    int i;
    for (i = bits - 1; i >= 0; i--) putchar((x >> i) & 1 ? '1' : '0');
    putchar('\n');
}

int main(void) {
    bin(5, 8);
    bin((unsigned char)-5, 8);
    bin((unsigned short)-1, 16);
    bin(0x80000001u, 32);
    bin((unsigned)(signed char)0x80, 32);
    bin((unsigned)(unsigned char)0x80, 32);
    bin(~0u << 4, 32);
    return 0;
}
