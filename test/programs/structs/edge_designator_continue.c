#include <stdio.h>
struct In { int x, y, z; };
union UI { int k; struct In s; };
struct V { int a; struct In in; int t; };
struct VU { int a; union UI u; int t; };
int main(void) {
    struct V v = { 1, .in.y = 2, 3, 4 };
    printf("%d %d %d %d %d\n", v.a, v.in.x, v.in.y, v.in.z, v.t);
    struct VU w = { 1, .u.s.y = 2, 3, 4 };
    printf("%d %d %d %d %d\n", w.a, w.u.s.x, w.u.s.y, w.u.s.z, w.t);
    union UI u = { .s.x = 5, 6 };
    printf("%d %d %d\n", u.s.x, u.s.y, u.s.z);
    int arr[2][3] = { [0][1] = 1, 2, 3, 4 };
    printf("%d %d %d %d %d %d\n", arr[0][0], arr[0][1], arr[0][2], arr[1][0], arr[1][1], arr[1][2]);
    return 0;
}
