#include <stdio.h>
#include <string.h>
struct In { char tag; int v[3]; };
struct Out { struct In a, b; short n; char name[5]; };
struct Small { char c; };
struct Pair { long long q; char c; };
static struct Out mk(int k) { struct Out o; memset(&o, 0, sizeof o); o.a.tag = 'a' + k; o.a.v[2] = k; o.b = o.a; o.b.v[0] = -k; o.n = k * 3; strcpy(o.name, "abcd"); o.name[0] += k; return o; }
static int sum(struct Out o) { o.a.v[2] = 1000; return o.a.v[2] + o.b.v[0] + o.n + o.name[0]; }
static struct Small sm(char c) { struct Small s = {c}; return s; }
static struct Pair pp(struct Pair p) { p.q *= 2; p.c++; return p; }
union U { int i; unsigned char b[4]; struct In in; };
static union U mu(int i) { union U u; u.i = i; return u; }
int main(void) {
    struct Out x = mk(2), y;
    y = x; y.a.v[2] = 99;
    printf("%c %d %d %d %s %d\n", x.a.tag, x.a.v[2], x.b.v[0], x.n, x.name, y.a.v[2]);
    printf("%d %d\n", sum(x), x.a.v[2]);
    printf("%c\n", sm('z').c);
    printf("%d\n", mk(3).b.v[0]);
    printf("%c\n", mk(1).name[0]);
    struct Pair p = {1LL << 40, 'x'}; struct Pair r = pp(p);
    printf("%lld %c %lld %c\n", r.q, r.c, p.q, p.c);
    printf("%d\n", (int)sizeof(struct Pair));
    struct Out arr[2]; arr[0] = mk(4); arr[1] = arr[0]; arr[1].name[1] = 'Z';
    printf("%s %s\n", arr[0].name, arr[1].name);
    union U u = mu(0x01020304); printf("%d %d\n", u.b[0], u.b[3]);
    union U u2 = u; u2.b[0] = 9; printf("%x %x\n", u.i, u2.i);
    struct Out *po = &arr[1]; struct In in = po->b; printf("%d\n", in.v[0]);
    int c = 1; struct Small t = c ? sm('p') : sm('q'); printf("%c\n", t.c);
    struct In ins[3] = {{'a', {1}}, {'b', {2, 3}}}; ins[2] = ins[1]; ins[1] = ins[0]; printf("%c%d %c%d%d\n", ins[1].tag, ins[1].v[0], ins[2].tag, ins[2].v[0], ins[2].v[1]);
    return 0;
}
