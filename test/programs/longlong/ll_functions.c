#include <stdio.h>

long long add3(long long a, int b, long long c) { return a + b + c; }
unsigned long long mix(int a, unsigned long long b, char c, long long d) { return (b ^ (unsigned long long)d) + a + c; }
long long fib(int n) { long long a = 0, b = 1; while (n--) { long long t = a + b; a = b; b = t; } return a; }
long long llmax(long long a, long long b) { return a > b ? a : b; }

int main(void) {
    printf("%lld\n", add3(10000000000LL, -5, 20000000000LL));
    printf("%llu\n", mix(1, 0xff00ff00ff00ff00ULL, 'A', 0x00ff00ff00ff00ffLL));
    printf("%lld\n", fib(90));
    printf("%lld\n", llmax(-1, -0x100000000LL));
    long long arr[4] = {1, -2, 0x100000000LL, -0x100000000LL};
    long long sum = 0;
    int i;
    for (i = 0; i < 4; i++) sum += arr[i];
    printf("%lld\n", sum);
    return 0;
}
