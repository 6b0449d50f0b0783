#include <stdio.h>

int main(void) {
    int n[] = {7, -7, 7, -7, 1, -1, 0, 13, -13};
    int d[] = {2, 2, -2, -2, 3, 3, 5, 4, -4};
    int i;
    for (i = 0; i < 9; i++)
        printf("%d / %d = %d, %d %% %d = %d\n", n[i], d[i], n[i] / d[i], n[i], d[i], n[i] % d[i]);
    /* the identity (a/b)*b + a%b == a always holds */
    for (i = 0; i < 9; i++)
        if ((n[i] / d[i]) * d[i] + n[i] % d[i] != n[i]) printf("identity broken at %d\n", i);
    unsigned u = 4000000000u;
    printf("%u %u\n", u / 3, u % 7);
    printf("%d\n", -2147483647 / 2);
    printf("%d\n", (-2147483647 - 1) / 2);
    printf("%d\n", (-2147483647 - 1) % 3);
    printf("%u\n", (unsigned)-7 / 2u);
    return 0;
}
