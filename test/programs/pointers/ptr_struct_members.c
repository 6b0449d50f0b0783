#include <stdio.h>

struct P { int x, y; };
struct R { struct P tl, br; char name[8]; };

int area(const struct R *r) { return (r->br.x - r->tl.x) * (r->br.y - r->tl.y); }

int main(void) {
    struct R r = {{1, 2}, {11, 7}, "box"};
    struct R *pr = &r;
    struct P *pp = &pr->br;
    printf("%d\n", area(pr));
    pp->x += 5;
    printf("%d %d\n", r.br.x, area(&r));
    int *px = &r.tl.x;
    *px = 0;
    printf("%d\n", area(pr));
    char *n = pr->name;
    n[0] = 'B';
    printf("%s %c\n", r.name, (*pr).name[1]);
    printf("%d\n", (int)((char *)&pr->br.y - (char *)&pr->tl.x));
    return 0;
}
