#include <stdio.h>

struct Date { int y, m, d; };
struct Person { char name[16]; struct Date born; struct { int h, w; } body; };

int main(void) {
    struct Person p = {"Ada", {1815, 12, 10}, {165, 55}};
    printf("%s %d-%02d-%02d %d %d\n", p.name, p.born.y, p.born.m, p.born.d, p.body.h, p.body.w);
    p.born.y += 200;
    struct Date d = p.born;
    d.d = 1;
    printf("%d %d %d\n", p.born.y, p.born.d, d.d);
    struct Person *pp = &p;
    pp->body.w++;
    printf("%d\n", pp->body.w);
    printf("%d\n", (int)sizeof(struct Person));
    return 0;
}
