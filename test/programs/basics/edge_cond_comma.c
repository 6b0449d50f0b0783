#include <stdio.h>
#include <stddef.h>
int main(void) {
    int x = 5, *p = &x, *q = NULL; void *vp = p;
    int *r = x > 3 ? p : NULL; printf("%d\n", *r);
    r = x > 9 ? NULL : p; printf("%d\n", *r);
    r = x ? vp : p; printf("%d\n", *r);
    const int *cr = x ? p : (const int *)q; printf("%d\n", *cr);
    printf("%d\n", (x ? p : q) == p);
    unsigned u = 1; int n = -1;
    printf("%d\n", (x ? n : u) > 0);
    long long ll = x ? n : 1LL; printf("%lld\n", ll);
    printf("%lld\n", (long long)(x ? n : 1u));
    printf("%d\n", (int)sizeof(x ? (char)1 : (short)2));
    printf("%d\n", (int)sizeof(x ? 1 : 1LL));
    char c = 'A'; unsigned char uc = 200;
    printf("%d\n", x ? c : uc);
    printf("%d\n", !x ? c : uc);
    int y = (x++, x++, x);
    printf("%d %d\n", x, y);
    int z = (y = 1, y + 10);
    printf("%d\n", z);
    for (x = 0, y = 10; x < y; x += 3, y -= 2) ;
    printf("%d %d\n", x, y);
    printf("%d\n", (0, 1) ? 2 : 3);
    int a = 0, b = 0;
    *(x > 100 ? &a : &b) = 9;
    printf("%d %d\n", a, b);
    int k = x < 0 ? -1 : x > 100 ? 1 : 0;
    printf("%d\n", k);
    printf("%s\n", k ? "nonzero" : "zero");
    printf("%d\n", (int)sizeof((void)0, c));
    printf("%d\n", (int)sizeof(0, c));
    _Bool bb = p; printf("%d\n", bb);
    printf("%d %d\n", p && vp, !q);
    return 0;
}
