#include <stdio.h>

int sq(int x) { return x * x; }

int main(void) {
    int a = 3, b = 4, c = 5;
    printf("%d\n", ((a + b) * (c - a)) / ((b - a) + 1));
    printf("%d\n", sq(a) + sq(b) == sq(c));
    printf("%d\n", sq(sq(sq(2))));
    printf("%d\n", (a * (b + (c * (a + (b * c))))));
    printf("%d\n", a - (b - (c - (a - b))));
    int r = ((((((((((1))))))))));
    printf("%d\n", r);
    printf("%d\n", -(-(-(-(a)))));
    printf("%d\n", (a, b, c) * 2);
    return 0;
}
