#include <stdio.h>
#include <stddef.h>
struct M { int a; char name[8]; struct { short x, y; } pt; long long q; };
static struct M ms = {1, "mname", {3, 4}, 5};
static int arr[5] = {10, 20, 30, 40, 50};
static int *p1 = &arr[1] + 1;
static char *p2 = &"hello"[2];
static short *p3 = &ms.pt.y;
static char *p4 = ms.name + 1;
static int *p5 = &arr[4] - 3;
static char buf[10], *bend = buf + 10;
static int f1(void) { return 1; }
static int f2(void) { return 2; }
static int (*fps[])(void) = { &f1, f2, 0 };
static struct { int *p; const char *s; int (*f)(void); } w = { arr + 2, "w" + 0, f2 };
static const char (*pa)[4] = &"abc";
static struct M *mp = &ms;
static long long *lq = &ms.q;
static struct M marr[2] = { [1] = { .pt = { .y = 9 } } };
static short *p6 = &marr[1].pt.y;
static int off = (int)offsetof(struct M, q);
static unsigned long lp = (unsigned long)sizeof(struct M);
static struct { const char *k; int v; } kv[] = { {"a", 1}, {"bb", 2}, {0, 0} };
static int *cl = (int[]){ 3, 1, 4 };
static struct M *cm = &(struct M){ .a = 77 };
int main(void) {
    printf("%d %s %d %s %d\n", *p1, p2, *p3, p4, *p5);
    printf("%d\n", (int)(bend - buf));
    printf("%d %d %d\n", fps[0](), fps[1](), fps[2] == 0);
    printf("%d %s %d\n", *w.p, w.s, w.f());
    printf("%s %d\n", *pa, (int)sizeof *pa);
    printf("%d %lld %d\n", mp->a, *lq, *p6);
    printf("%d %lu\n", off, lp);
    int i; for (i = 0; kv[i].k; i++) printf("%s=%d ", kv[i].k, kv[i].v); printf("\n");
    printf("%d %d\n", cl[2], cm->a);
    *p3 = 100; printf("%d\n", ms.pt.y);
    printf("%d\n", (int)sizeof &"abc");
    printf("%c\n", (*&"xyz")[1]);
    return 0;
}
