#include <stdio.h>
typedef int fn_t(int);
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int tbl[3] = {10, 20, 30};
static int (*getarr(void))[3] { return &tbl; }
static fn_t *choose(int k) { return k ? dbl : inc; }
static int (*(*chooser)(int))(int) = choose;
static int sum3(int a[static 3]) { return a[0] + a[1] + a[2]; }
static int cparam(const int n, int a[const]) { return a[n]; }
static int old(a, b, c) char a; short b; long long c; { return a + b + (int)c; }
static int noproto();
static int noproto(x, y) int x, y; { return x - y; }
struct Odd3 { char c[3]; };
struct Odd5 { char c[5]; };
struct Odd7 { short s; char c[5]; };
static struct Odd3 o3(struct Odd3 a, struct Odd5 b, struct Odd7 c) { struct Odd3 r; r.c[0] = a.c[2]; r.c[1] = b.c[4]; r.c[2] = c.c[4] + c.s; return r; }
int main(void) {
    fn_t *f = inc;
    printf("%d %d\n", f(1), choose(1)(5));
    printf("%d\n", chooser(0)(9));
    printf("%d %d\n", (*getarr())[2], getarr()[0][1]);
    int a[4] = {1, 2, 3, 4};
    printf("%d %d\n", sum3(a), cparam(3, a));
    printf("%d\n", old(-1, 300, 1LL << 33 | 5));
    printf("%d\n", noproto(10, 3));
    int (*pa)[4] = &a; printf("%d\n", (*pa)[3]);
    int *ap[2] = {&a[1], &a[2]}; printf("%d\n", *ap[1]);
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}}; int (*row)[3] = m + 1; printf("%d %d\n", row[0][2], (*--row)[1]);
    printf("%d\n", a[1, 2]);
    struct Odd3 x = {{1, 2, 3}}; struct Odd5 y = {{1, 2, 3, 4, 5}}; struct Odd7 z = {100, {1, 2, 3, 4, 6}};
    struct Odd3 r = o3(x, y, z); printf("%d %d %d %d\n", r.c[0], r.c[1], r.c[2], (int)sizeof(struct Odd7));
    fn_t *fs[] = {inc, dbl, inc}; int v = 1, i; for (i = 0; i < 3; i++) v = fs[i](v); printf("%d\n", v);
    const char *const names[] = {"a", "b"}; printf("%s\n", names[1]);
    char *(*sp)[2]; char *two[2] = {"x", "y"}; sp = &two; printf("%s\n", (*sp)[1]);
    return 0;
}
