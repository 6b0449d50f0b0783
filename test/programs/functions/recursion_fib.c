#include <stdio.h>

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
int power(int b, int e) { if (e == 0) return 1; int h = power(b, e / 2); return e % 2 ? h * h * b : h * h; }

int main(void) {
    int i;
    for (i = 0; i <= 20; i++) printf("%d ", fib(i));
    printf("\n");
    for (i = 0; i <= 12; i++) printf("%d ", fact(i));
    printf("\n");
    printf("%d %d %d\n", gcd(48, 18), gcd(17, 5), gcd(0, 9));
    printf("%d %d\n", power(3, 13), power(2, 30));
    return 0;
}
