#include <stdio.h>

int main(void) {
    int a = 17, b = 5;
    printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
    printf("%d %d\n", b - a, -a);
    printf("%d\n", a * b + a / b - a % b);
    int c = 1000;
    c = c * 1000;
    c = c * 2;
    printf("%d\n", c);
    printf("%d\n", +a);
    printf("%d\n", -(-a));
    printf("%d\n", 7 * 6 - 2 * 3 + 100 / 7);
    return 0;
}
