#include <stdio.h>
struct P { int a, b; const char *s; long long q; };
static int ga[4] = { 1, 2, 3, [0] = 9, [3] = 4, [2] = 7 };
static struct P gp = { 1, 2, "x", 5, .a = 6, .s = "y", .q = -1 };
static struct P gps[2] = { [1] = { 1, 2 }, [0].b = 3, [1].b = 8 };
int main(void) {
    int la[4] = { 1, 2, 3, [0] = 9, [3] = 4, [2] = 7 };
    struct P lp = { 1, 2, "x", 5, .a = 6, .s = "y", .q = -1 };
    struct P lps[2] = { [1] = { 1, 2 }, [0].b = 3, [1].b = 8 };
    int i;
    for (i = 0; i < 4; i++) printf("%d %d ", ga[i], la[i]); printf("\n");
    printf("%d %d %s %lld | %d %d %s %lld\n", gp.a, gp.b, gp.s, gp.q, lp.a, lp.b, lp.s, lp.q);
    for (i = 0; i < 2; i++) printf("%d %d %d %d %d %d\n", gps[i].a, gps[i].b, gps[i].s == 0, lps[i].a, lps[i].b, lps[i].s == 0);
    int k = 3;
    int dyn[3] = { [2] = k, [0] = k * 2, k + 1 };
    printf("%d %d %d\n", dyn[0], dyn[1], dyn[2]);
    return 0;
}
