#include <stdio.h>

struct Cfg { int width; int height; const char *title; int flags[4]; char mode; };

int main(void) {
    struct Cfg a = {.height = 480, .width = 640, .title = "win"};
    printf("%d %d %s %d %d %d\n", a.width, a.height, a.title, a.flags[0], a.flags[3], a.mode);
    struct Cfg b = {.flags = {1, 2}, .mode = 'm'};
    printf("%d %d %d %d %d %c %d\n", b.width, b.flags[0], b.flags[1], b.flags[2], b.height, b.mode, b.title == 0);
    struct Cfg c = {.flags[2] = 7, .width = 1, 2};   /* 2 goes to height, the member after width */
    printf("%d %d %d %d\n", c.width, c.height, c.flags[2], c.flags[0]);
    struct Cfg d = {10, 20, "x", {[3] = 4}, .mode = 'z'};
    printf("%d %d %s %d %c\n", d.width, d.height, d.title, d.flags[3], d.mode);
    struct { int x, y; } pts[3] = {[2] = {5, 6}, [0].y = 9};
    printf("%d %d %d %d %d %d\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y, pts[2].x, pts[2].y);
    return 0;
}
