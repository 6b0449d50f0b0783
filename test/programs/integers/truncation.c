#include <stdio.h>

int main(void) {
    int big = 0x1234abcd;
    char c = big;
    short s = big;
    unsigned char uc = big;
    unsigned short us = big;
    printf("%d %d %d %d\n", c, s, uc, us);
    int neg = -300;
    c = neg; uc = neg; s = neg; us = neg;
    printf("%d %d %d %d\n", c, uc, s, us);
    c = -5;
    int i = c;
    unsigned u = c;
    printf("%d %u\n", i, u);
    uc = 250;
    i = uc;
    printf("%d\n", i);
    s = -2;
    unsigned short us2 = s;
    printf("%u\n", us2);
    unsigned u3 = s;
    printf("%u\n", u3);
    us = 50000;
    s = us;
    printf("%d\n", s);
    long l = 0x7fffffffL;
    short t = l;
    printf("%d\n", t);
    return 0;
}
