#include <stdio.h>

struct C { int v; };
struct B { struct C *c; struct C inner; };
struct A { struct B *b; struct B bb; };

int main(void) {
    struct C c1 = {1}, c2 = {2};
    struct B b = {&c1, {10}};
    struct A a = {&b, {&c2, {20}}};
    struct A *pa = &a;
    printf("%d %d %d %d\n", pa->b->c->v, pa->b->inner.v, pa->bb.c->v, pa->bb.inner.v);
    pa->b->c->v = 100;
    a.bb.c->v += 5;
    printf("%d %d\n", c1.v, c2.v);
    struct C *pc = &pa->bb.inner;
    pc->v *= 3;
    printf("%d\n", a.bb.inner.v);
    return 0;
}
