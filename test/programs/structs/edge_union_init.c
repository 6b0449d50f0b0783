#include <stdio.h>
union U { char c; long long q; struct { short a, b; int arr[3]; } s; };
static union U g1 = { .s = { 1, 2, {3, 4} } };
static union U g2 = { .q = -2 };
static union U g3 = { 'z' };
static union U ga[3] = { [1].s.arr[2] = 9, [2] = { .q = 0x100000001LL } };
struct W { int tag; union U u; char tail; };
static struct W gw = { 1, .u.s.b = 7, 'T' };
static struct W gw2 = { .u = { .c = 5 }, .tail = 'x', .tag = 2 };
int main(void) {
    printf("%d %d %d %d %d\n", g1.s.a, g1.s.b, g1.s.arr[0], g1.s.arr[1], g1.s.arr[2]);
    printf("%lld %d %d\n", g2.q, g3.c, (int)g3.q);
    printf("%d %lld %d\n", ga[1].s.arr[2], ga[2].q, ga[0].s.a);
    printf("%d %d %d %c %d\n", gw.tag, gw.u.s.a, gw.u.s.b, gw.tail, (int)sizeof gw);
    printf("%d %d %c\n", gw2.tag, gw2.u.c, gw2.tail);
    union U l1 = { .s.arr = {[1] = 5} }; printf("%d %d %d\n", l1.s.a, l1.s.arr[1], l1.s.arr[2]);
    union U l2 = { .q = 0x0102030405060708LL }; printf("%d %d\n", l2.c, l2.s.b);
    struct W lw = { 3, { .s = { .b = 4 } }, 'L' }; printf("%d %d %d %c\n", lw.tag, lw.u.s.a, lw.u.s.b, lw.tail);
    struct W copy = lw; copy.u = l2; printf("%d %c\n", copy.u.s.a, copy.tail);
    union U *pu = &(union U){ .s.a = 8 }; printf("%d\n", pu->s.a);
    return 0;
}
