#include <stdio.h>

typedef int (*BinOp)(int, int);
typedef int UnaryFn(int);
typedef void (*Visitor)(int);

int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int twice(int x) { return 2 * x; }
void show(int v) { printf("<%d>", v); }

int fold(const int *a, int n, int init, BinOp op) { int i; for (i = 0; i < n; i++) init = op(init, a[i]); return init; }
void each(const int *a, int n, Visitor v) { int i; for (i = 0; i < n; i++) v(a[i]); printf("\n"); }

int main(void) {
    int a[] = {1, 2, 3, 4, 5};
    BinOp ops[2] = {add, mul};
    printf("%d %d\n", fold(a, 5, 0, ops[0]), fold(a, 5, 1, ops[1]));
    UnaryFn *f = twice;
    printf("%d\n", f(21));
    each(a, 5, show);
    return 0;
}
