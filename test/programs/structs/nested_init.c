#include <stdio.h>

struct In { int a; char b[3]; };
struct Out { struct In first; int mid; struct In arr[2]; };

int main(void) {
    struct Out o = {{1, "xy"}, 2, {{3, "ab"}, {4}}};
    printf("%d %s %d %d %s %d %d\n", o.first.a, o.first.b, o.mid, o.arr[0].a, o.arr[0].b, o.arr[1].a, o.arr[1].b[0]);
    struct Out flat = {5, 'p', 'q', 'r', 6, 7, 'c'};   /* brace elision */
    printf("%d %c%c%c %d %d %c %d\n", flat.first.a, flat.first.b[0], flat.first.b[1], flat.first.b[2],
           flat.mid, flat.arr[0].a, flat.arr[0].b[0], flat.arr[1].a);
    struct Out z = {0};
    printf("%d %d %d\n", z.first.a, z.mid, z.arr[1].b[2]);
    return 0;
}
