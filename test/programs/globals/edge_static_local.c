#include <stdio.h>
static int g = 5;
static int *gp = &g;
static int arr[4] = {1, 2, 3, 4};
static int *mid = &arr[2];
static int *end = arr + 4;
static char *str = "hello" + 1;
static int (*pa)[4] = &arr;
struct N { int v; struct N *next; };
static struct N n2 = {2, 0}, n1 = {1, &n2};
static struct N *head = &n1;
static int *clit = (int[]){7, 8, 9};
static const char *msgs[] = {"zero", "one", "two"};
static const char **mp = msgs + 1;
static long long big = 1LL << 40;
static unsigned char uc = -1;
static short sh = 70000;
static int diff = (int)(sizeof arr / sizeof *arr);
static int cnt(void) { static int c = 0; static int *pc = &c; return ++*pc; }
static int rec(int n) { static int depth; int r; depth++; r = n ? rec(n - 1) : depth; depth--; return r; }
static char *name(int i) { static char buf[2][8]; sprintf(buf[i & 1], "n%d", i); return buf[i & 1]; }
int main(void) {
    printf("%d %d %d %s %d\n", *gp, *mid, end[-1], str, (*pa)[1]);
    printf("%d %d\n", head->v, head->next->v);
    printf("%d %s %s\n", clit[2], *mp, mp[1]);
    printf("%lld %d %d %d\n", big, uc, sh, diff);
    printf("%d %d %d\n", cnt(), cnt(), cnt() * 0 + 3);
    printf("%d %d\n", rec(5), rec(0));
    char *a = name(1); char *b = name(2); printf("%s %s\n", a, b);
    static int once = sizeof(int) * 3; printf("%d\n", once);
    static struct N loc = {9, &n1}; printf("%d\n", loc.next->next->v);
    static const char *ps = sizeof(int) == 4 ? "static" : "x";
    printf("%s\n", ps);
    return 0;
}
