#include <stdio.h>

int main(void) {
    printf("%d\n", -1 < 1u);              /* 0: -1 converts to UINT_MAX */
    printf("%d\n", -1 < 1);               /* 1 */
    printf("%d\n", (unsigned)-1 == 0xffffffffu);
    unsigned u = 5;
    int i = -3;
    printf("%d\n", i < u);                /* 0 */
    printf("%d\n", i < (int)u);           /* 1 */
    printf("%u\n", i + u);                /* 2 */
    printf("%d\n", (int)(i + u));
    unsigned char uc = 200;
    signed char sc = -56;
    printf("%d\n", uc == sc);             /* 0: both promote to int */
    printf("%d\n", (unsigned char)sc == uc);  /* 1 */
    unsigned short us = 65535;
    printf("%d\n", us > -1);              /* 1: unsigned short promotes to int */
    long l = -1;
    printf("%d\n", l < 1u);               /* 0: long and unsigned int both 32 bits -> unsigned long */
    long long ll = -1;
    printf("%d\n", ll < 1u);              /* 1: long long can hold all unsigned int values */
    printf("%d\n", sizeof(int) > -1);     /* 0 */
    return 0;
}
