#include <stdio.h>
struct S { int a; int b[2]; };
int main(void) {
    /* brace elision with struct-typed expressions and nested arrays */
    struct S x = {1, {2, 3}};
    struct S arr[2] = { x, 4, 5, 6 };
    printf("%d %d %d %d %d %d\n", arr[0].a, arr[0].b[1], arr[1].a, arr[1].b[0], arr[1].b[1], (int)sizeof arr);
    struct { struct S s; int z; } w = { x, 9 };
    printf("%d %d\n", w.s.b[1], w.z);
    int flat[2][2][2] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    printf("%d %d\n", flat[1][0][1], flat[0][1][0]);
    int part[2][3] = { {1}, 2, 3 };
    printf("%d %d %d %d\n", part[0][0], part[0][1], part[1][0], part[1][1]);
    char names[2][4] = { "ab", 'c', 'd' };
    printf("%s %s\n", names[0], names[1]);
    return 0;
}
