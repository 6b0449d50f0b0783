#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned a = UINT_MAX;
    printf("%u\n", a + 1);
    printf("%u\n", 0u - 1);
    printf("%u\n", a * a);
    printf("%u\n", 3000000000u + 3000000000u);
    printf("%u\n", 65536u * 65536u);
    printf("%u\n", 123456789u * 1000u);
    unsigned short s = 65535;
    s++;
    printf("%u\n", s);
    unsigned char c = 0;
    c -= 1;
    printf("%u\n", c);
    unsigned x = 1;
    int i;
    for (i = 0; i < 40; i++) x *= 3;
    printf("%u\n", x);
    unsigned d = 10;
    printf("%u\n", d - 20 + 15);
    return 0;
}
