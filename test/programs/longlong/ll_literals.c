#include <stdio.h>

int main(void) {
    printf("%lld\n", 9223372036854775807LL);
    printf("%lld\n", -9223372036854775807LL);
    printf("%llu\n", 9223372036854775808ULL);
    printf("%llx\n", 0xFFFFFFFFFFFFFFFFULL);
    printf("%lld\n", 4294967296);
    printf("%lld\n", 0x100000000);
    printf("%lld\n", 1000000000000);
    printf("%d\n", (int)sizeof(0xffffffffffffffff));
    printf("%d\n", 0xffffffffffffffff > 0);
    printf("%d\n", 0x7fffffffffffffff > 0);
    printf("%llu\n", 01777777777777777777777ULL);
    printf("%lld\n", 123LL + 456ll + 789ll * 0 + 1LL);
    return 0;
}
