#include <stdio.h>
struct P { int x, y; };
static int sum(const int *a, int n) { int s = 0; while (n--) s += *a++; return s; }
static int px(struct P p) { return p.x * 10 + p.y; }
int main(void) {
    printf("%d\n", (int)sizeof (int[]){1, 2, 3});
    printf("%d\n", sum((int[]){4, 5, 6, [5] = 1}, 6));
    printf("%d\n", px((struct P){.y = 2, .x = 1}));
    printf("%d\n", ((struct P){3, 4}).y);
    printf("%s\n", (char[]){"lit"});
    printf("%d\n", (const char *[]){"a", "bcd"}[1][2]);
    struct P *pp = (struct P[2]){ {1, 2}, {3} }; pp[1].y = 9; printf("%d %d\n", pp[1].x, pp[1].y);
    int i, tot = 0; for (i = 0; i < 3; i++) { struct P *t = &(struct P){i, i * i}; tot += t->y; } printf("%d\n", tot);
    printf("%d\n", (int){7} + (char){'\1'});
    unsigned char *b = (unsigned char[]){ 255, 1 }; printf("%d\n", b[0] + b[1]);
    return 0;
}
