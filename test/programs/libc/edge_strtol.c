#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

/* strtol/strtoul/strtoll/strtoull: bases, prefixes, signs, overflow and endptr. */
static void l(const char *s, int base) {
    char *end;
    long v;
    errno = 0;
    v = strtol(s, &end, base);
    printf("strtol(\"%s\",%d) = %ld end+%d errno=%d\n", s, base, v, (int)(end - s), errno);
}
static void ul(const char *s, int base) {
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &end, base);
    printf("strtoul(\"%s\",%d) = %lu end+%d errno=%d\n", s, base, v, (int)(end - s), errno);
}
static void ll(const char *s, int base) {
    char *end;
    long long v;
    errno = 0;
    v = strtoll(s, &end, base);
    printf("strtoll(\"%s\",%d) = %lld end+%d errno=%d\n", s, base, v, (int)(end - s), errno);
}
static void ull(const char *s, int base) {
    char *end;
    unsigned long long v;
    errno = 0;
    v = strtoull(s, &end, base);
    printf("strtoull(\"%s\",%d) = %llu end+%d errno=%d\n", s, base, v, (int)(end - s), errno);
}

int main(void) {
    l("0", 0); l("010", 0); l("0x1A", 0); l("0X1a", 16); l("1a", 16); l("0x", 0); l("0x", 16);
    l("0xz", 16); l("0x", 10); l("08", 0); l("0b101", 0); l("  -0x10", 0); l("+-1", 10);
    l("zz", 36); l("ZZ", 36); l("Zz!", 36); l("10", 2); l("102", 2); l("777", 8); l("789", 8);
    l("2147483647", 10); l("2147483648", 10); l("-2147483648", 10); l("-2147483649", 10);
    l("99999999999999999999999", 10); l("-99999999999999999999999x", 10);
    l("7fffffff", 16); l("80000000", 16); l("-80000000", 16);
    l("\v\f\r 12", 10); l("", 10); l("-", 10); l(" +", 0); l("1 2", 10);
    ul("4294967295", 10); ul("4294967296", 10); ul("-1", 10); ul("-4294967295", 10);
    ul("-4294967296", 10); ul("0xffffffff", 0); ul("0x100000000", 0); ul(" -0", 0);
    ll("9223372036854775807", 10); ll("9223372036854775808", 10); ll("-9223372036854775808", 10);
    ll("-9223372036854775809", 10); ll("0x7fffffffffffffff", 0); ll("01777777777777777777777", 0);
    ull("18446744073709551615", 10); ull("18446744073709551616", 10); ull("-1", 10);
    ull("-18446744073709551615", 10); ull("0xFFFFFFFFFFFFFFFF", 16); ull("zzzzzzzzzzzzz", 36);
    {
        char *end;
        const char *s = "123";
        long vl;
        long long vll;
        errno = 0;
        vl = strtol(s, NULL, 10);
        printf("%ld %d %d\n", vl, errno, (int)sizeof(long));
        end = (char *)s + 1;
        printf("%lu ", strtoul(s + 3, &end, 10));
        printf("%d\n", (int)(end - s));
        end = (char *)s + 2;
        errno = 0;
        vl = strtol(s, &end, 1);
        printf("%ld %d %d\n", vl, errno == EINVAL, (int)(end - s));
        errno = 0;
        vl = strtol(s, &end, 37);
        printf("%ld %d %d\n", vl, errno == EINVAL, (int)(end - s));
        errno = 0;
        vll = strtoll(s, &end, -16);
        printf("%lld %d %d\n", vll, errno == EINVAL, (int)(end - s));
    }
    printf("%d %d %d %d\n", atoi("  -0012abc"), atoi("+7"), atoi(""), atoi("\n\t-3"));
    printf("%ld %ld %lld %lld\n", atol("-2147483648"), atol("2147483647"), atoll("-9223372036854775808"), atoll("123456789012"));
    return 0;
}
