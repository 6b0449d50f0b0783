#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>

/* Length modifiers: truncation of hh/h, 64-bit extremes, z, t, j. */
int main(void) {
    printf("[%hhd] [%hhd] [%hhd] [%hhu] [%hhx] [%hho]\n", 127, 128, 255, 256, 511, 257);
    printf("[%hd] [%hd] [%hu] [%hx] [%hX] [%ho]\n", 32767, 32768, 65536, 65535 + 2, 0x12345, 0x10007);
    printf("[%hhi] [%hi] [%+hhd] [%5hhd] [%-5hu|] [%#hhx]\n", -129, -32769, 100, -1, 65535, 0x1ff);
    printf("[%lld] [%lld]\n", LLONG_MIN, LLONG_MAX);
    printf("[%llu] [%llx] [%llX] [%llo]\n", ULLONG_MAX, ULLONG_MAX, 0xFEDCBA9876543210ULL, ULLONG_MAX);
    printf("[%+lld] [% lld] [%25lld] [%-25lld|] [%025lld]\n", 1LL, 1LL, LLONG_MIN, LLONG_MIN, -1LL);
    printf("[%.20lld] [%#llx] [%#llo] [%.0lld] [%#.0llx]\n", 5LL, 1ULL << 40, 1ULL << 40, 0LL, 0ULL);
    printf("[%lli] [%llu] [%llx]\n", -4294967296LL, 4294967296ULL, 4294967295ULL + 1);
    printf("[%ld] [%lu] [%li] [%lx]\n", LONG_MIN, ULONG_MAX, LONG_MAX, (unsigned long)LONG_MIN);
    printf("[%zu] [%zd] [%zx] [%zu]\n", (size_t)-1, (size_t)5, sizeof(long long), sizeof(int));
    printf("[%td] [%tu] [%tx]\n", (ptrdiff_t)-3, (ptrdiff_t)4, (ptrdiff_t)-1);
    printf("[%jd] [%ju] [%jx]\n", INTMAX_MIN, UINTMAX_MAX, (uintmax_t)0xabcdef0123ULL);
    printf("[%lld|%d|%lld]\n", 1LL, 2, 3LL);
    printf("[%d|%lld|%d]\n", -1, -2LL, -3);
    printf("[%hhd|%lld|%hd]\n", 0x1ff, 0x100000000LL, 0x18000);
    return 0;
}
