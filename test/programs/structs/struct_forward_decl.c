#include <stdio.h>

struct B;
struct A { int v; struct B *partner; };
struct B { int w; struct A *partner; };

int main(void) {
    struct A a;
    struct B b;
    a.v = 1; b.w = 2;
    a.partner = &b;
    b.partner = &a;
    printf("%d %d\n", a.partner->w, b.partner->v);
    printf("%d\n", a.partner->partner->partner->w);
    return 0;
}
