#include <stdio.h>

int main(void) {
    int a = 6, b = 3, c = 2;
    printf("%d\n", a + b * c);          /* 12 */
    printf("%d\n", (a + b) * c);        /* 18 */
    printf("%d\n", a - b - c);          /* 1: left assoc */
    printf("%d\n", a / b / c);          /* 1 */
    printf("%d\n", 100 / 10 % 7);       /* 3 */
    printf("%d\n", a << 1 + 1);         /* 24: + binds tighter than << */
    printf("%d\n", a < b == c > a);     /* (0)==(0) -> 1 */
    printf("%d\n", a & b == b);         /* a & 1 -> 0 */
    printf("%d\n", a | b ^ c & a);      /* 6 | (3 ^ (2&6)) = 6|1 = 7 */
    printf("%d\n", a || b && 0);        /* 1 */
    printf("%d\n", 0 && b || c);        /* 1 */
    printf("%d\n", !a + 1);             /* 1 */
    printf("%d\n", -a * -b);            /* 18 */
    printf("%d\n", ~a & 0xff);          /* 249 */
    printf("%d\n", a > b ? a : b > c ? b : c);  /* 6 */
    int x, y, z;
    x = y = z = 7;                      /* right assoc */
    printf("%d %d %d\n", x, y, z);
    x += y -= z *= 2;                   /* z=14 y=-7 x=0 */
    printf("%d %d %d\n", x, y, z);
    printf("%d\n", 1 + 2 << 3 >> 1);    /* (3<<3)>>1 = 12 */
    printf("%d\n", 5 & 3 | 8 ^ 12);     /* 1 | 4 = 5 */
    printf("%d\n", 1 < 2 < 3);          /* 1 */
    printf("%d\n", 3 > 2 > 1);          /* 0 */
    printf("%d\n", 2 + 3 == 5 && 4 != 4 || 1);  /* 1 */
    return 0;
}
