#include <stdio.h>

struct S { int x; };

int main(void) {
    struct S outer = {1};
    {
        struct S { char c[10]; };       /* shadows the outer tag */
        struct S inner;
        printf("%d\n", (int)sizeof inner);
    }
    printf("%d %d\n", (int)sizeof outer, outer.x);
    struct S2 { int S; } s2 = {5};      /* member names live in their own namespace */
    int S = 3;
    printf("%d %d\n", s2.S, S);
    return 0;
}
