#include <stdio.h>

int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int neg(int a) { return -a; }

int main(void) {
    printf("%d\n", add(mul(2, 3), mul(add(1, 1), neg(4))));
    printf("%d\n", mul(add(add(1, 2), add(3, 4)), neg(neg(5))));
    int x = add(add(add(add(1, 1), 1), 1), 1);
    printf("%d\n", x);
    return 0;
}
