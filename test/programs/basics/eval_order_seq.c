#include <stdio.h>

/* Only sequenced evaluation: each statement has well-defined order. */
int log_[16], nlog;
int f(int v) { log_[nlog++] = v; return v; }

int main(void) {
    int a;
    a = f(1) && f(2);
    a = f(3) || f(4);
    a = (f(5), f(6));
    a = f(7) ? f(8) : f(9);
    int i;
    for (i = 0; i < nlog; i++) printf("%d ", log_[i]);
    printf("\n%d\n", a);
    int x = 1;
    x = x + 1;
    x = x * x + x;
    printf("%d\n", x);
    return 0;
}
