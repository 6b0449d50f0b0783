#include <stdio.h>

struct Point { int x; int y; };

int main(void) {
    struct Point p;
    p.x = 3;
    p.y = -4;
    printf("%d %d\n", p.x, p.y);
    struct Point q = {10, 20};
    printf("%d %d\n", q.x + p.x, q.y + p.y);
    struct Point *pp = &q;
    pp->x = 100;
    (*pp).y = 200;
    printf("%d %d\n", q.x, q.y);
    printf("%d\n", (int)sizeof(struct Point));
    return 0;
}
