#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("%d %d\n", CHAR_BIT, CHAR_MAX);
    printf("%d %d\n", CHAR_MIN, SCHAR_MIN);
    printf("%d %d\n", SCHAR_MAX, UCHAR_MAX);
    printf("%d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("%d %d\n", INT_MIN, INT_MAX);
    printf("%u\n", UINT_MAX);
    printf("%ld %ld\n", LONG_MIN, LONG_MAX);
    printf("%lu\n", ULONG_MAX);
    printf("%lld %lld\n", LLONG_MIN, LLONG_MAX);
    printf("%llu\n", ULLONG_MAX);
    printf("%d\n", INT_MAX + INT_MIN);
    printf("%u\n", (unsigned)INT_MAX + 1u);
    printf("%d\n", INT_MIN / -INT_MAX);
    printf("%d\n", -(INT_MIN + 1));
    printf("%d\n", INT_MIN == -INT_MAX - 1);
    return 0;
}
