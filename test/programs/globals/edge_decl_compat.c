#include <stdio.h>
typedef int T;
struct S { T T; int S; };
typedef int A3[3];
extern int ea[];
int ea[3] = {4, 5, 6};
int tent;
int tent = 8;
int tent;
int fwd();
int fwd(int x) { return x + 1; }
static int arrp(int a[]);
static int arrp(int *a) { return a[1]; }
int unnamed(int, char *);
static const char *names(int);
enum { SZ = 4 };
static int tab[SZ];
static int sumc(const A3 a) { return a[0] + a[1] + a[2]; }
int main(void) {
    int x = {5}; printf("%d\n", x);
    struct S s = {1, 2}; printf("%d %d\n", s.T, s.S);
    const A3 ca = {1, 2, 3}; printf("%d %d\n", ca[2], sumc(ca));
    printf("%d %d %d\n", ea[2], tent, fwd(1));
    int arr[2] = {7, 8}; printf("%d\n", arrp(arr));
    printf("%d %s\n", unnamed(3, "xy"), names(1));
    int *p = 1 - 1; char *q = '\0'; int *r = (void *)0;
    printf("%d %d %d %d\n", p == 0, q == 0L, r == p, !r);
    int foo; foo: foo = 1; if (!foo) goto foo; printf("%d\n", foo);
    switch (x) { case SZ + 1: printf("sz+1\n"); }
    printf("%d\n", (int)sizeof tab);
    const int *cp = &x; int *const kp = &x; cp = kp; printf("%d\n", *cp);
    void *vp = &x; int *ip = vp; printf("%d\n", *ip);
    (void)vp;
    struct S *sp = &s, **spp = &sp; printf("%d\n", (*spp)->S);
    const struct S cs = {3, 4}; struct S copy = cs; printf("%d\n", copy.T);
    return 0;
}
int unnamed(int a, char *b) { return a + b[1]; }
static const char *names(int i) { static const char *n[] = {"zero", "one"}; return n[i]; }
