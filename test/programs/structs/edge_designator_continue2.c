#include <stdio.h>
struct P { int a, b, c; char name[4]; };
struct Q { struct P p[2]; int after; };
int main(void) {
    int a[][2] = { [1][1] = 5, 6, 7 };
    printf("%d: %d %d %d %d %d %d\n", (int)(sizeof a / sizeof a[0]), a[0][0], a[0][1], a[1][0], a[1][1], a[2][0], a[2][1]);
    struct P ps[] = { [0].b = 1, 2, 'x', [2].name[1] = 'q', 'r', [1] = {9} };
    int i;
    for (i = 0; i < 3; i++) printf("%d %d %d %d %d %d %d\n", ps[i].a, ps[i].b, ps[i].c, ps[i].name[0], ps[i].name[1], ps[i].name[2], ps[i].name[3]);
    struct Q q = { .p[1].c = 3, 'a', 'b', 'c', 0, 77 };
    printf("%d %d %s %d %d\n", q.p[1].c, q.p[1].name[0], q.p[1].name, q.after, q.p[0].a);
    struct Q q2 = { .p[0].name = "ab", 5, 6, .after = 8 };
    printf("%s %d %d %d %d\n", q2.p[0].name, q2.p[1].a, q2.p[1].b, q2.p[1].c, q2.after);
    static struct Q sq = { .p[0].c = 1, "xyz", 2, 3 };
    printf("%d %s %d %d\n", sq.p[0].c, sq.p[0].name, sq.p[1].a, sq.p[1].b);
    int m[3][3] = { [0][2] = 1, [1][0] = 2, 3, [2][1] = 4, 5 };
    for (i = 0; i < 9; i++) printf("%d", m[i / 3][i % 3]); printf("\n");
    return 0;
}
