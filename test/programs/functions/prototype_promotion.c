#include <stdio.h>

long long widen(long long x) { return x * 2; }
unsigned char narrow(unsigned char c) { return c; }
int take_int(int i) { return i; }

int main(void) {
    int i = -5;
    printf("%lld\n", widen(i));                 /* int -> long long via prototype */
    printf("%lld\n", widen(3000000000u));       /* unsigned -> long long */
    printf("%d\n", narrow(0x1ff));              /* truncated to unsigned char */
    long long big = 0x100000005LL;
    printf("%d\n", take_int(big));              /* truncated to int */
    char c = -1;
    printf("%d\n", take_int(c));
    return 0;
}
