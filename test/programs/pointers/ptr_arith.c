#include <stdio.h>

int main(void) {
    int a[5] = {10, 20, 30, 40, 50};
    int *p = a;
    printf("%d %d %d\n", *p, *(p + 2), *(a + 4));
    p += 3;
    printf("%d %d\n", *p, p[-1]);
    printf("%d\n", (int)((char *)(p + 1) - (char *)p));
    short s[4] = {1, 2, 3, 4};
    short *sp = s + 1;
    printf("%d %d\n", *sp, (int)((char *)(sp + 2) - (char *)sp));
    long long ll[3] = {100, 200, 300};
    long long *lp = ll;
    lp++;
    printf("%lld %d\n", *lp, (int)((char *)lp - (char *)ll));
    char c[4] = "xyz";
    char *cp = c + 3;
    printf("%d\n", *cp);
    cp -= 2;
    printf("%c\n", *cp);
    printf("%d\n", 2[a]);
    printf("%d\n", *(2 + a));
    struct { int x; char y; } st[3];
    printf("%d\n", (int)((char *)(st + 2) - (char *)st));
    return 0;
}
