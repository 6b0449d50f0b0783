#include <stdio.h>

/* Implementation-defined behaviour as gcc defines it for i386:
 * right shift of negative values is arithmetic, conversions to a
 * signed type wrap modulo 2^N. minic must match. */
int main(void) {
    int n = -16;
    printf("%d\n", n >> 2);
    printf("%d\n", -1 >> 31);
    printf("%d\n", (-2147483647 - 1) >> 31);
    printf("%d\n", -5 >> 1);
    signed char sc = -128;
    printf("%d\n", sc >> 3);
    short s = -32768;
    printf("%d\n", s >> 15);
    printf("%d\n", (signed char)0x1ff);
    printf("%d\n", (short)0x18000);
    printf("%d\n", (int)3000000000u);
    long long ll = -100;
    printf("%lld\n", ll >> 3);
    return 0;
}
