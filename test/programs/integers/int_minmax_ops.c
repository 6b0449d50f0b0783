#include <stdio.h>
#include <limits.h>

int main(void) {
    int a = INT_MAX, b = INT_MIN;
    printf("%d\n", a - 1);
    printf("%d\n", b + 1);
    printf("%d\n", a / 2 + a / 2 + 1);
    printf("%d\n", b / 2);
    printf("%d\n", b % 2);
    printf("%d\n", a % 1000);
    printf("%d\n", b % 1000);
    printf("%u\n", (unsigned)b);
    printf("%u\n", (unsigned)a + (unsigned)b);
    printf("%d\n", a > b);
    printf("%d\n", (unsigned)a > (unsigned)b);
    printf("%d\n", -a);
    printf("%d\n", ~a == b);
    return 0;
}
