#include <stdio.h>
struct P { int x, y; };
struct Q { long long a; int b[3]; };
static struct P swapp(const struct P *p) { return (struct P){p->y, p->x}; }
static struct P swapv(struct P p) { struct P r = {p.y, p.x}; return r; }
static struct P add(struct P a, struct P b) { return (struct P){a.x + b.x, a.y + b.y}; }
static struct Q rotq(const struct Q *q) { struct Q r = {q->b[0], {q->b[1], q->b[2], (int)q->a}}; return r; }
static struct Q rotq2(const struct Q *q) { return (struct Q){q->b[0], {q->b[1], q->b[2], (int)q->a}}; }
static struct P gp = {1, 2};
static struct P getg(void) { return gp; }
static struct P setg(int x) { gp.x = x; return gp; }
static struct P cnt(void) { static struct P c; c.x++; c.y += 2; return c; }
int main(void) {
    struct P s = {1, 2};
    s = swapp(&s); printf("%d %d\n", s.x, s.y);
    s = swapv(s); printf("%d %d\n", s.x, s.y);
    struct P t = add(add(s, swapv(s)), add((struct P){10, 20}, swapp(&s)));
    printf("%d %d\n", t.x, t.y);
    struct Q q = {5, {6, 7, 8}};
    q = rotq(&q); printf("%lld %d %d %d\n", q.a, q.b[0], q.b[1], q.b[2]);
    q = rotq2(&q); printf("%lld %d %d %d\n", q.a, q.b[0], q.b[1], q.b[2]);
    gp = getg(); gp = swapp(&gp); printf("%d %d\n", gp.x, gp.y);
    gp = setg(gp.y + 10); printf("%d %d\n", gp.x, gp.y);
    struct P arr[3] = {{1, 2}, {3, 4}, {5, 6}};
    arr[0] = arr[2]; arr[2] = swapp(&arr[0]); arr[1] = add(arr[1], arr[1]);
    int i; for (i = 0; i < 3; i++) printf("%d,%d ", arr[i].x, arr[i].y); printf("\n");
    struct P *p = arr; *p = swapv(*p); p[1] = swapp(p + 1); printf("%d %d %d %d\n", p->x, p->y, p[1].x, p[1].y);
    struct P c1 = cnt(), c2 = cnt(); printf("%d %d %d %d\n", c1.x, c1.y, c2.x, c2.y);
    s = (struct P){s.y, s.x}; printf("%d %d\n", s.x, s.y);
    struct { struct P in; int z; } w = {{1, 2}, 3}; w.in = swapp(&w.in); printf("%d %d %d\n", w.in.x, w.in.y, w.z);
    return 0;
}
