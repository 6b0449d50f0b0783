#include <stdio.h>
#include <stddef.h>

int main(void) {
    printf("[%hhd] [%hhu] [%hhx]\n", 300, 300, -1);
    printf("[%hd] [%hu] [%hx]\n", 70000, 70000, -1);
    printf("[%ld] [%lu] [%lx]\n", -5L, 4000000000UL, 0xdeadbeefUL);
    printf("[%lld] [%llu] [%llx]\n", -5LL, 18000000000000000000ULL, 0x123456789abcULL);
    size_t z = 123;
    printf("[%zu] [%zx] [%5zu]\n", z, z, z);
    ptrdiff_t d = -77;
    printf("[%td]\n", d);
    signed char sc = -128;
    unsigned char uc = 255;
    short s = -32768;
    printf("[%hhd %hhu %hd]\n", sc, uc, s);
    return 0;
}
