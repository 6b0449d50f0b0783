#include <stdio.h>

union Num { int i; unsigned char b[4]; };

int main(void) {
    union Num arr[3] = {{1}, {256}, {.b = {1, 1, 0, 0}}};
    int i;
    for (i = 0; i < 3; i++) printf("%d %d %d\n", arr[i].i, arr[i].b[0], arr[i].b[1]);
    return 0;
}
