#include <stdio.h>

int main(void) {
    int flag = 1;
    long long v = flag ? -1 : 0x100000000LL;     /* int -1 converted to long long */
    printf("%lld\n", v);
    unsigned u = 5;
    long long w = flag ? u : -1LL;               /* unsigned -> long long, value 5 */
    printf("%lld\n", w);
    long long x = flag ? -1 : 5u;                /* common type unsigned int: 4294967295 */
    printf("%lld\n", x);
    int i = 7;
    long long sum = i + 0x7fffffffLL;
    printf("%lld\n", sum);
    unsigned long long mixed = 1u + -2LL;        /* long long -1 -> ull */
    printf("%llu\n", mixed);
    return 0;
}
