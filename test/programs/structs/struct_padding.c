#include <stdio.h>

#define OFF(var, f) ((int)((char *)&(var).f - (char *)&(var)))

struct A { char c; int i; };
struct B { char c; short s; char d; };
struct C { char c; long long x; };
struct D { int i; char c; };
struct E { char a, b, c; };
struct F { short s; char c; int i; char d; };
struct G { char c; struct A a; char e; };
struct H { long long x; char c; };
struct I { char c; char arr[5]; short s; };
struct J { char c; int *p; };

int main(void) {
    struct A a; struct B b; struct C c; struct D d; struct E e;
    struct F f; struct G g; struct H h; struct I i; struct J j;
    printf("A %d: %d %d\n", (int)sizeof a, OFF(a, c), OFF(a, i));
    printf("B %d: %d %d %d\n", (int)sizeof b, OFF(b, c), OFF(b, s), OFF(b, d));
    printf("C %d: %d %d\n", (int)sizeof c, OFF(c, c), OFF(c, x));
    printf("D %d: %d %d\n", (int)sizeof d, OFF(d, i), OFF(d, c));
    printf("E %d: %d %d %d\n", (int)sizeof e, OFF(e, a), OFF(e, b), OFF(e, c));
    printf("F %d: %d %d %d %d\n", (int)sizeof f, OFF(f, s), OFF(f, c), OFF(f, i), OFF(f, d));
    printf("G %d: %d %d %d\n", (int)sizeof g, OFF(g, c), OFF(g, a), OFF(g, e));
    printf("H %d: %d %d\n", (int)sizeof h, OFF(h, x), OFF(h, c));
    printf("I %d: %d %d %d\n", (int)sizeof i, OFF(i, c), OFF(i, arr), OFF(i, s));
    printf("J %d: %d %d\n", (int)sizeof j, OFF(j, c), OFF(j, p));
    struct C arr[3];
    printf("C[3] %d\n", (int)sizeof arr);
    return 0;
}
