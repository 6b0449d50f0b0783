#include <stdio.h>

int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
int sq(int x) { return x * x; }

int apply_n(int (*f)(int), int x, int n) { while (n-- > 0) x = f(x); return x; }
int (*pick(char c))(int) { return c == 'i' ? inc : c == 'd' ? dbl : sq; }

int main(void) {
    int (*fp)(int) = inc;
    printf("%d\n", fp(5));
    fp = &dbl;
    printf("%d\n", (*fp)(5));
    printf("%d\n", apply_n(dbl, 1, 10));
    printf("%d\n", apply_n(sq, 2, 3));
    printf("%d %d %d\n", pick('i')(10), pick('d')(10), pick('s')(10));
    printf("%d\n", fp == dbl);
    printf("%d\n", fp != inc);
    int (*null_fp)(int) = 0;
    printf("%d\n", null_fp == 0);
    return 0;
}
