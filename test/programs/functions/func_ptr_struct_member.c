#include <stdio.h>

struct Shape {
    const char *name;
    int (*area)(const struct Shape *);
    int w, h;
};

int rect_area(const struct Shape *s) { return s->w * s->h; }
int tri_area(const struct Shape *s) { return s->w * s->h / 2; }

int main(void) {
    struct Shape shapes[] = {{"rect", rect_area, 3, 4}, {"tri", tri_area, 5, 6}, {"sq", rect_area, 7, 7}};
    int i, total = 0;
    for (i = 0; i < 3; i++) {
        int a = shapes[i].area(&shapes[i]);
        printf("%s %d\n", shapes[i].name, a);
        total += a;
    }
    struct Shape *p = &shapes[1];
    printf("%d %d\n", total, (*p->area)(p));
    return 0;
}
