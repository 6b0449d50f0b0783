#include <stdio.h>
struct P { int x, y; };
struct R { struct P a, b; int tags[3]; const char *name; };
struct R rs[] = { [2] = { .b = {.y = 5}, .name = "two" }, [0].a.x = 1, [0].tags[1] = 7, [1] = { .a = {3, 4} } };
int arr[10] = { [5] = 5, 6, 7, [1] = 1, [8] = 8, [2] = 2 };
char s[] = { [3] = 'd', [0] = 'a', 'b', 'c' };
struct P pts[] = { {1, 2}, [3] = {.y = 9}, {7} };
union V { int i; char c[4]; } uv = { .c = {1, 2} };
int main(void) {
    int i;
    printf("%d\n", (int)(sizeof rs / sizeof rs[0]));
    for (i = 0; i < 3; i++) printf("%d %d %d %d %d %d %d %s\n", rs[i].a.x, rs[i].a.y, rs[i].b.x, rs[i].b.y, rs[i].tags[0], rs[i].tags[1], rs[i].tags[2], rs[i].name ? rs[i].name : "-");
    for (i = 0; i < 10; i++) printf("%d ", arr[i]); printf("\n");
    printf("%d %.4s\n", (int)sizeof s, s);
    printf("%d\n", (int)(sizeof pts / sizeof pts[0]));
    for (i = 0; i < 5; i++) printf("%d,%d ", pts[i].x, pts[i].y); printf("\n");
    printf("%d %d %d\n", uv.c[0], uv.c[1], uv.c[2]);
    struct R loc = { .name = "loc", .tags = {[2] = 3, [0] = 1}, .a.y = 2, .a.x = 1, .b = pts[3] };
    printf("%d %d %d %d %d %d %d %s\n", loc.a.x, loc.a.y, loc.b.x, loc.b.y, loc.tags[0], loc.tags[1], loc.tags[2], loc.name);
    int m[3][3] = { [1][1] = 5, [2] = {7, 8}, [0][2] = 3 };
    for (i = 0; i < 9; i++) printf("%d", m[i / 3][i % 3]); printf("\n");
    struct P *cp = (struct P[]){ [1] = {.x = 4}, [0] = {1, 1} };
    printf("%d %d %d\n", cp[0].x, cp[1].x, cp[1].y);
    int *ip = (int[4]){ [3] = 9 }; printf("%d %d\n", ip[0], ip[3]);
    for (i = 0; i < 2; i++) { int *q = (int[]){i, i + 1}; q[0] += 10; printf("%d %d\n", q[0], q[1]); }
    struct P pl = (struct P){.y = 3}; pl = (struct P){pl.y, pl.x}; printf("%d %d\n", pl.x, pl.y);
    return 0;
}
