#include <stdio.h>

const char *sign(int x) { return x < 0 ? "neg" : x == 0 ? "zero" : "pos"; }

int max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }

int main(void) {
    printf("%s %s %s\n", sign(-4), sign(0), sign(9));
    printf("%d %d %d\n", max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1));
    int calls = 0;
    int x = 1 ? (calls++, 10) : (calls += 100, 20);
    printf("%d %d\n", x, calls);
    int y = 0 ? (calls++, 10) : (calls += 100, 20);
    printf("%d %d\n", y, calls);
    unsigned u = 1;
    /* usual arithmetic conversions between the arms: -1 becomes unsigned */
    printf("%u\n", u ? -1 : u);
    printf("%d\n", (1 ? -1 : u) > 0);
    int a = 3, b = 4;
    int *p = a > b ? &a : &b;
    *p = 40;
    printf("%d %d\n", a, b);
    printf("%d\n", a > 2 ? b > 2 ? 1 : 2 : 3);
    return 0;
}
