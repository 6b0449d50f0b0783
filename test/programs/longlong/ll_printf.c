#include <stdio.h>

int main(void) {
    long long a = -1234567890123456789LL;
    unsigned long long b = 0xdeadbeefcafebabeULL;
    printf("[%lld]\n", a);
    printf("[%llu]\n", b);
    printf("[%llx]\n", b);
    printf("[%llX]\n", b);
    printf("[%llo]\n", b);
    printf("[%25lld]\n", a);
    printf("[%-25lld]\n", a);
    printf("[%025lld]\n", a);
    printf("[%+lld]\n", 5LL);
    printf("[%#llx]\n", b);
    printf("[%lli]\n", a);
    printf("[%lld %d %lld]\n", 1LL, 2, 3LL);
    printf("[%d %lld %d]\n", 7, -8LL, 9);
    printf("[%lld]\n", (-9223372036854775807LL - 1));
    printf("[%llu]\n", 0ULL);
    printf("[%.20lld]\n", 42LL);
    return 0;
}
