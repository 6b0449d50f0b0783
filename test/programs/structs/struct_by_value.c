#include <stdio.h>

struct V { int x, y, z; };
struct Tiny { char c; };
struct Pair { long long a; int b; };

struct V add(struct V a, struct V b) { struct V r; r.x = a.x + b.x; r.y = a.y + b.y; r.z = a.z + b.z; return r; }
struct V scale(struct V v, int k) { v.x *= k; v.y *= k; v.z *= k; return v; }
int dot(struct V a, struct V b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
struct Tiny next_char(struct Tiny t) { t.c++; return t; }
struct Pair make_pair(long long a, int b) { struct Pair p = {a, b}; return p; }
void modify(struct V v) { v.x = 1000; }

int main(void) {
    struct V a = {1, 2, 3}, b = {4, 5, 6};
    struct V c = add(a, b);
    printf("%d %d %d\n", c.x, c.y, c.z);
    c = scale(add(c, a), -2);
    printf("%d %d %d\n", c.x, c.y, c.z);
    printf("%d\n", dot(a, b));
    modify(a);
    printf("%d\n", a.x);
    struct Tiny t = {'a'};
    t = next_char(next_char(t));
    printf("%c\n", t.c);
    struct Pair p = make_pair(1LL << 40, 7);
    printf("%lld %d\n", p.a, p.b);
    printf("%d\n", add(a, b).y);
    printf("%lld\n", make_pair(-5, 0).a);
    return 0;
}
