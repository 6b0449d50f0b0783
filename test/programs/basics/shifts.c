#include <stdio.h>

int main(void) {
    int i;
    for (i = 0; i < 32; i += 5) printf("%u ", 1u << i);
    printf("\n");
    printf("%u\n", 1u << 31);
    printf("%d\n", 1 << 30);
    printf("%u\n", 0xffffffffu >> 31);
    printf("%u\n", 0x80000000u >> 1);
    printf("%u\n", 0xdeadbeefu >> 16);
    printf("%u\n", 0xdeadbeefu << 16);
    printf("%d\n", 0x7fffffff >> 30);
    unsigned x = 0x12345678;
    printf("%x %x %x\n", x << 4, x >> 4, (x << 8) | (x >> 24));
    int s = 3;
    printf("%d\n", 100 >> s);
    printf("%d\n", 5 << s);
    unsigned char c = 0x81;
    printf("%d\n", c << 1);        /* promoted to int: 258 */
    printf("%d\n", c >> 7);
    unsigned short h = 0xffff;
    printf("%d\n", h << 4);
    printf("%u\n", (unsigned)h << 16);
    for (i = 0; i < 32; i++) if (((1u << i) >> i) != 1u) printf("bad %d\n", i);
    printf("%u\n", 12345u >> 0);
    return 0;
}
