#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>
#include <limits.h>
#include <stddef.h>
#include <iso646.h>
int main(void) {
    printf("%d %d %d\n", __STDC__, __STDC_HOSTED__, (int)__STDC_VERSION__);
    printf("%d %d\n", (int)sizeof("\u00e9"), (unsigned char)"\u00e9"[0]);
    printf("%lld %llu %d %u\n", (long long)INT64_C(-5), (unsigned long long)UINT64_MAX, INT8_MIN, UINT32_MAX);
    printf("%u %d %d %d\n", (unsigned)SIZE_MAX, (int)PTRDIFF_MIN, (int)INTPTR_MAX, (int)sizeof(wchar_t));
    printf("%d %d %d %u %lld\n", CHAR_BIT, SCHAR_MIN, USHRT_MAX, UINT_MAX, LLONG_MIN);
    bool b = true; b = b and not false; printf("%d %d\n", b, 3 not_eq 4);
    int x = 6; x and_eq 3; x or_eq 8; x xor_eq 1; printf("%d %d\n", x, compl 0 bitand 5 bitor 2 xor 1);
    uint8_t u8 = 255; u8++; int_least16_t l16 = -1; uint_fast32_t f32 = 7; intmax_t im = INTMAX_MAX;
    printf("%d %d %u %lld\n", u8, l16, (unsigned)f32, (long long)im);
    printf("%d %d %d\n", (int)sizeof(int_fast8_t), (int)sizeof(int_fast16_t), (int)sizeof(uintptr_t));
    printf("%d\n", WCHAR_MAX > 0);
    return 0;
}
