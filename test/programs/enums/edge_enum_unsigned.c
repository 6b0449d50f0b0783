#include <stdio.h>
enum Pos { A = 1, B = 2 };
static void setu(unsigned *p) { *p = 7; }
int main(void) {
    enum Pos e = A; unsigned *up = &e; setu(&e);
    enum Pos *ep = &e; ep = up;
    printf("%d %u %d\n", e, *up, 0);
    switch (e) { case A: printf("A\n"); break; case B: break; default: printf("other\n"); }
    enum { X = 3 } anon = X; printf("%d\n", anon - 4 < 0);
    return 0;
}
