#include <stdio.h>
#include <string.h>

void to_base(unsigned long long v, int base, char *out) {
    const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[70];
    int n = 0;
    do { tmp[n++] = digits[v % base]; v /= base; } while (v);
    while (n) *out++ = tmp[--n];
    *out = 0;
}

long long from_base(const char *s, int base) {
    long long v = 0;
    int neg = 0;
    if (*s == '-') { neg = 1; s++; }
    for (; *s; s++) {
        int d;
        if (*s >= '0' && *s <= '9') d = *s - '0';
        else if (*s >= 'a' && *s <= 'z') d = *s - 'a' + 10;
        else if (*s >= 'A' && *s <= 'Z') d = *s - 'A' + 10;
        else return -1;
        if (d >= base) return -1;
        v = v * base + d;
    }
    return neg ? -v : v;
}

int main(void) {
    unsigned long long vals[] = {0, 1, 255, 1000, 65535, 4294967295ULL, 18446744073709551615ULL};
    int bases[] = {2, 3, 8, 16, 36};
    char buf[70];
    int i, j;
    for (i = 0; i < 7; i++) {
        printf("%llu:", vals[i]);
        for (j = 0; j < 5; j++) { to_base(vals[i], bases[j], buf); printf(" %s", buf); }
        printf("\n");
    }
    printf("%lld %lld %lld %lld %lld\n", from_base("ff", 16), from_base("-777", 8), from_base("zz", 36),
           from_base("101", 2), from_base("129", 8));
    for (i = 2; i <= 36; i += 7) {
        to_base(123456789, i, buf);
        printf("base %d: %s -> %lld\n", i, buf, from_base(buf, i));
    }
    return 0;
}
