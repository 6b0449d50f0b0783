#include <stdio.h>

struct Point { int x, y; };
struct Rect { struct Point a, b; const char *name; };

struct Point origin;
struct Point unit = {1, 1};
struct Rect r = {{0, 0}, {4, 3}, "rect"};
struct Rect rs[] = {{{1, 2}, {3, 4}, "first"}, {.name = "second", .b = {9, 9}}};
struct Point pts[3] = {[1] = {5, 5}};

int main(void) {
    printf("%d %d %d %d\n", origin.x, origin.y, unit.x, unit.y);
    printf("%s %d %d\n", r.name, r.b.x, r.b.y);
    printf("%s %d %d %s %d %d\n", rs[0].name, rs[0].a.y, rs[0].b.x, rs[1].name, rs[1].a.x, rs[1].b.y);
    printf("%d %d %d\n", pts[0].x, pts[1].x, pts[2].y);
    printf("%d\n", (int)(sizeof rs / sizeof rs[0]));
    return 0;
}
