#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("%d %d %d %d %d\n", atoi("123"), atoi("-45"), atoi("  +67xyz"), atoi("abc"), atoi(""));
    printf("%ld %lld\n", atol("-99999"), atoll("123456789012"));
    char *end;
    long v = strtol("  -0x1A rest", &end, 16);
    printf("%ld [%s]\n", v, end);
    v = strtol("0x1A", &end, 0);
    printf("%ld [%s]\n", v, end);
    v = strtol("0755", &end, 0);
    printf("%ld [%s]\n", v, end);
    v = strtol("1010102", &end, 2);
    printf("%ld [%s]\n", v, end);
    v = strtol("zz", &end, 36);
    printf("%ld [%s]\n", v, end);
    v = strtol("hello", &end, 10);
    printf("%ld [%s]\n", v, end);
    v = strtol("42", NULL, 10);
    printf("%ld\n", v);
    unsigned long u = strtoul("4294967295", &end, 10);
    printf("%lu [%s]\n", u, end);
    u = strtoul("ff", NULL, 16);
    printf("%lu\n", u);
    long long ll = strtoll("-9223372036854775807", &end, 10);
    printf("%lld\n", ll);
    unsigned long long ull = strtoull("ffffffffffffffff", &end, 16);
    printf("%llu\n", ull);
    v = strtol("2147483647", &end, 10);
    printf("%ld\n", v);
    return 0;
}
