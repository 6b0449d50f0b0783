#include <stdio.h>
typedef int T;
typedef char C;
static int f(void) { int T = 3; return (T) + 1; }
static int g(void) { int T = 5, x = 2; T * x; return (int)sizeof (T) + T * x; }
static int h(T T) { return T * 2; }
struct S { T T; C C; };
int main(void) {
    printf("%d %d %d\n", f(), g(), h(21));
    { C C = 'c'; printf("%c %d\n", C, (int)sizeof(C)); }
    printf("%d\n", (int)sizeof(C));
    struct S s = {1, 'x'}; printf("%d %c\n", s.T, s.C);
    T (x) = 4; T (*fp)(T) = h; printf("%d %d\n", x, fp(x));
    for (T T = 0; T < 2; T++) printf("%d", T); printf("\n");
    { typedef long T; T y = 1; printf("%d\n", (int)sizeof y); }
    T z = 0; printf("%d\n", (int)sizeof z);
    return 0;
}
