/* Large initializers that rely on brace elision (C99 6.7.8p20) and designators that
   continue inside a member (6.7.8p17): 2000 scalars for int[1000][2], and 1000 structs
   holding a struct, their braces elided at both levels. */
#include <stdio.h>

#define R10(x) x, x, x, x, x, x, x, x, x, x
#define PAIR 1, 2
#define POINT 3, 4, 5

struct p {
    struct { int x, y; } in;
    int z;
};

int grid[1000][2] = { R10(R10(R10(PAIR))) };
struct p pts[1000] = { R10(R10(R10(POINT))) };
struct p tail[4] = { [1].in.y = 7, 8, 9, 10, [3] = { .z = 11 } };

int main(void) {
    long s = 0;
    for (int i = 0; i < 1000; i++) s += grid[i][0] * 10 + grid[i][1];
    for (int i = 0; i < 1000; i++) s += pts[i].in.x * 100 + pts[i].in.y * 10 + pts[i].z;
    printf("%ld %d %d\n", s, grid[999][1], pts[999].z);
    for (int i = 0; i < 4; i++) printf("{%d %d %d}", tail[i].in.x, tail[i].in.y, tail[i].z);
    printf("\n");
    return 0;
}
