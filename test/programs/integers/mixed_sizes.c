#include <stdio.h>

int main(void) {
    char c = -1;
    short s = -1;
    int i = -1;
    long long ll;
    ll = c; printf("%lld\n", ll);
    ll = s; printf("%lld\n", ll);
    ll = i; printf("%lld\n", ll);
    unsigned char uc = 0xff;
    ll = uc; printf("%lld\n", ll);
    unsigned u = 0xffffffffu;
    ll = u; printf("%lld\n", ll);
    unsigned long long ull = i;
    printf("%llu\n", ull);
    ull = u;
    printf("%llu\n", ull);
    ull = c;
    printf("%llx\n", ull);
    i = (int)0x123456789LL;
    printf("%d\n", i);
    c = (char)0x1234567890LL;
    printf("%d\n", c);
    return 0;
}
