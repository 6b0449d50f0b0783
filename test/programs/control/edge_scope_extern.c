#include <stdio.h>
int x = 1;
static int get(void) { return x; }
int main(void) {
    int x = 2;
    { extern int x; printf("%d\n", x); }
    printf("%d %d\n", x, get());
    for (int x = 5; x < 6; x++) { int x = 10; printf("%d\n", x); }
    struct x { int x; } s = {3}; printf("%d\n", s.x);
    enum { x2 = 4 }; { int x2 = 9; printf("%d\n", x2); } printf("%d\n", x2);
    return 0;
}
