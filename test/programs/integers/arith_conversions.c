#include <stdio.h>

int main(void) {
    int i = -10;
    unsigned u = 3;
    printf("%u\n", i / u);     /* i converted to unsigned */
    printf("%u\n", i % u);
    printf("%d\n", i / (int)u);
    long l = -10;
    printf("%lu\n", l / 3ul);
    long long ll = -10;
    printf("%lld\n", ll / u);  /* u converted to long long */
    unsigned short us = 3;
    printf("%d\n", i / us);    /* us promoted to int */
    unsigned char uc = 3;
    printf("%d\n", i % uc);
    printf("%u\n", u - 5);
    printf("%d\n", us - 5);
    unsigned long long ull = 3;
    printf("%llu\n", i + ull);
    printf("%d\n", (i + ull) > 0);
    return 0;
}
