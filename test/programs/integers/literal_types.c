#include <stdio.h>

int main(void) {
    /* hex literals that do not fit int become unsigned int */
    printf("%d\n", 0xffffffff > 0);
    printf("%d\n", 0x80000000 > 0);
    printf("%d\n", 2147483648 > 0);              /* decimal: long long here */
    printf("%d\n", (int)sizeof(0xffffffff));
    printf("%d\n", (int)sizeof(2147483647));
    printf("%d\n", (int)sizeof(2147483648));
    printf("%d\n", (int)sizeof(4294967295));
    printf("%d\n", (int)sizeof(0x100000000));
    printf("%d\n", (int)sizeof(1u));
    printf("%d\n", (int)sizeof(1L));
    printf("%d\n", (int)sizeof(1LL));
    printf("%d\n", (int)sizeof(1ULL));
    printf("%d\n", (int)sizeof(1lu));
    printf("%d\n", -1 < 0u);
    printf("%d\n", -1L < 0u);
    printf("%d\n", -1LL < 0u);
    printf("%d\n", 0x7fffffff + 0 > 0);
    printf("%u\n", 0xffffffffU);
    printf("%lu\n", 4294967295UL);
    printf("%d\n", 017777777777 > 0);
    printf("%d\n", 037777777777 > 0);
    printf("%d\n", -037777777777 > 0);           /* unsigned negation stays positive */
    printf("%d\n", (int)sizeof('x'));
    return 0;
}
