#include <stdio.h>
typedef int T;
typedef struct { int x; } TS, *PTS;
typedef int F(int);
F twice;
int twice(int v) { return v * 2; }
struct Later;
struct Later *lp;
struct Later { int v; };
enum Col { RED, GREEN, BLUE, };
long unsigned int long big = 5;
short int signed sh = -3;
unsigned un = 7;
char const *const cp = "cp";
static int sumrows(int a[][3], int n) { int s = 0, i; for (i = 0; i < n; i++) s += a[i][2]; return s; }
int main(int argc, char **argv) {
    int (x) = 3;
    printf("%d\n", x);
    { T T = 4; printf("%d\n", T); }
    T *tp = &x; printf("%d\n", *tp);
    T y = 6; { int z = y * *tp; printf("%d\n", z); }
    int RED = 10; printf("%d %d\n", RED, GREEN);
    int g(int); printf("%d\n", g(5));
    extern int ext; printf("%d\n", ext);
    printf("%llu %d %u %s\n", big, sh, un, cp);
    for (int i = 0, j = 10; i < j; i += 4, j--) printf("%d,%d ", i, j); printf("\n");
    int *pc = &(int){5}; *pc += 1; printf("%d\n", *pc);
    (int){1};
    printf("%d\n", (int)sizeof (int){1});
    printf("%d\n", (int)sizeof (struct Q { int a, b; }){0, 1});
    struct Later l = {8}; lp = &l; printf("%d\n", lp->v);
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}}; printf("%d\n", sumrows(m, 2));
    int a, *b = &a, c[2], (*d)(int) = twice; a = 2; c[1] = 3; printf("%d\n", d(*b + c[1]));
    switch (x) { { case 3: printf("nested case\n"); } default: ; }
    char ch = 'a'; printf("%d %d\n", (int)sizeof(+ch), (int)sizeof(-ch));
    int q = x > 5 ? 1 : x > 2 ? 2 : 3; printf("%d\n", q);
    TS ts = {9}; PTS pts = &ts; printf("%d\n", pts->x);
    printf("%d\n", (int)(sizeof (T) * x));
    printf("%d\n", (char)(short)(int)0x12345);
    printf("%d\n", "\0123"[0]);
    printf("%d\n", argc);
    goto end;
end: ;
    _Bool flags[3] = {1, 0, 5}; printf("%d%d%d %d\n", flags[0], flags[1], flags[2], (int)sizeof flags);
    void (*vf)(void) = (void (*)(void))0; printf("%d\n", vf == 0);
    return (void)0, 0;
}
int g(int v) { return v + 100; }
int ext = 77;
