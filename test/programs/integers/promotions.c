#include <stdio.h>

int main(void) {
    char a = 100, b = 100;
    printf("%d\n", a * b);                         /* 10000 */
    unsigned char x = 255, y = 1;
    printf("%d\n", x + y);                         /* 256 */
    unsigned char z = x + y;
    printf("%d\n", z);                             /* 0 */
    short s1 = 30000, s2 = 30000;
    printf("%d\n", s1 + s2);                       /* 60000 */
    unsigned short us = 65535;
    printf("%d\n", us * 2);                        /* 131070 as int */
    printf("%d\n", (int)sizeof(a + b));
    printf("%d\n", (int)sizeof(us + us));
    printf("%d\n", (int)sizeof(x));
    unsigned char m = 0x80;
    printf("%d\n", ~m);                            /* -129: ~ on promoted int */
    printf("%d\n", (unsigned char)~m);             /* 127 */
    printf("%d\n", -x);                            /* -255 */
    char c = -1;
    printf("%d %u\n", c, (unsigned char)c);
    printf("%u\n", (unsigned)c);                   /* sign extended */
    signed char sc = -128;
    printf("%d\n", -sc);                           /* 128, in int */
    printf("%d\n", (int)sizeof(-sc));
    return 0;
}
