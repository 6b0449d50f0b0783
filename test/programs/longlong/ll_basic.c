#include <stdio.h>

int main(void) {
    long long a = 123456789012LL, b = -987654321LL;
    printf("%lld\n", a + b);
    printf("%lld\n", a - b);
    printf("%lld\n", b - a);
    printf("%lld\n", a * 3);
    printf("%lld\n", b * b);
    printf("%lld\n", a / 1000);
    printf("%lld\n", a % 1000);
    printf("%lld\n", -a);
    printf("%lld\n", a / b);
    printf("%lld\n", a % b);
    printf("%lld\n", b / 7);
    printf("%lld\n", b % 7);
    return 0;
}
