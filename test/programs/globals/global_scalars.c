#include <stdio.h>

int a = 42;
int b;                      /* zero-initialised */
char c = 'c';
short s = -7;
long long ll = 0x123456789LL;
unsigned u = 0xffffffff;
int expr = 3 * 4 + (1 << 5);
const int k = 99;
_Bool flag = 5;

int main(void) {
    printf("%d %d %c %d %lld %u %d %d %d\n", a, b, c, s, ll, u, expr, k, flag);
    a++; b--;
    printf("%d %d\n", a, b);
    return 0;
}
