#include <stdio.h>

int main(void) {
    int i = -5;
    long long ll = i;
    printf("%lld\n", ll);
    unsigned u = 4000000000u;
    ll = u;
    printf("%lld\n", ll);
    ll = 0x123456789abcLL;
    int j = (int)ll;
    unsigned uj = (unsigned)ll;
    short s = (short)ll;
    char c = (char)ll;
    printf("%d %u %d %d\n", j, uj, s, c);
    unsigned long long ull = -1;
    printf("%llu\n", ull);
    ull = (unsigned)-1;
    printf("%llu\n", ull);
    ll = (long long)(unsigned long long)-2;
    printf("%lld\n", ll);
    long long neg = -1;
    unsigned x = neg;
    printf("%u\n", x);
    char ch = -100;
    ull = ch;
    printf("%llu\n", ull);
    unsigned char uch = 200;
    ll = uch;
    printf("%lld\n", ll);
    return 0;
}
