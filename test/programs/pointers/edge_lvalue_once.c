#include <stdio.h>
static int calls;
static int arr[5] = {1, 2, 3, 4, 5};
static long long larr[3] = {1, 2, 3};
static unsigned char carr[3] = {250, 251, 252};
struct N { int x; short s; long long q; char c; };
static struct N nodes[3];
static int *f(void) { calls++; return &arr[calls % 5]; }
static struct N *nx(void) { return &nodes[calls++ % 3]; }
static int idx(void) { return calls++ % 3; }
int main(void) {
    int i = 0; int *p = arr;
    arr[i++] += 5; printf("%d %d\n", arr[0], i);
    *f() += 10; printf("%d %d\n", arr[1], calls);
    *p++ += 2; printf("%d %d\n", arr[0], (int)(p - arr));
    ++*p++; printf("%d %d\n", arr[1], (int)(p - arr));
    (*f())++; printf("%d %d\n", arr[2], calls);
    calls = 0;
    nx()->x++; nx()->s--; nx()->q += 1LL << 40; nx()->c += 200; printf("%d %d %lld %d %d\n", nodes[0].x, nodes[1].s, nodes[2].q, nodes[0].c, calls);
    larr[idx()] <<= 33; larr[idx()] *= -3; carr[idx()] += 10; printf("%lld %lld %d %d\n", larr[0], larr[1], carr[2], calls);
    carr[idx()]++; printf("%d %d\n", carr[0], calls);
    long long *lp = larr; *lp++ -= 1; *lp++ /= 2; printf("%lld %lld %d\n", larr[0], larr[1], (int)(lp - larr));
    unsigned char *cp = carr; *cp++ >>= 1; *cp++ ^= 0xff; printf("%d %d\n", carr[0], carr[1]);
    short sh[3] = {1, 2, 3}; short *sp = sh; int v = (*sp++)++; v += (*sp)++; printf("%d %d %d %d\n", v, sh[0], sh[1], (int)(sp - sh));
    return 0;
}
