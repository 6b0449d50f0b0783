/* The type of ?: follows the usual arithmetic conversions of its two arms; sizeof does
   not evaluate its operand; char and unsigned char compare after promotion to int. */
#include <stdio.h>

static int calls;
static int g(void) { return ++calls; }

int main(void) {
    unsigned char uc = 200;
    signed char sc = -56;
    char c = -56;
    int cond = 1;
    printf("%d %d\n", (int)sizeof(cond ? uc : sc), cond ? uc : sc);
    printf("%u %d\n", cond ? 1u : -1, (cond ? 1u : -1) > 0);
    printf("%d\n", (0 ? 1u : -1) > 0);
    printf("%lld\n", (long long)(cond ? -1 : 1ull));
    unsigned short us = 65535;
    printf("%d\n", (cond ? us : 0) + 1);
    unsigned u = 0xffffffffu;
    long long a = cond ? u : -1LL;
    printf("%lld\n", a);
    int i = -1;
    printf("%d\n", (cond ? i : u) > 0);
    short sh = -1;
    unsigned short ush = 1;
    printf("%d %d\n", (0 ? sh : ush) - 2, (1 ? sh : ush) < 0);
    _Bool b = 5;
    printf("%d %d\n", b, (b ? b : 0) + 1);

    int k = 5;
    int arr[10] = {0};
    unsigned sz = (unsigned)sizeof(k++);
    unsigned sz2 = (unsigned)sizeof(arr[k++]);
    unsigned sz3 = (unsigned)sizeof(g());
    unsigned sz4 = (unsigned)sizeof(i = 7);
    printf("%d %u %u %u %u %d %d\n", k, sz, sz2, sz3, sz4, calls, i);
    printf("%u %u %u\n", (unsigned)sizeof('a'), (unsigned)sizeof(sh + sh), (unsigned)sizeof(cond ? sh : sh));

    printf("%d %d %d\n", c == uc, sc == c, uc > c);
    printf("%d %d\n", (unsigned char)c == uc, c < 0);
    unsigned int ui = 1;
    printf("%d %d\n", -1 < ui, sc < ui);
    printf("%d\n", (char)200 == (signed char)200);
    printf("%d %d\n", uc + sc, (unsigned char)(uc + sc));
    unsigned char x = 0x80;
    char y = (char)0x80;
    printf("%d %d %d\n", x == 0x80, y == 0x80, y == (char)0x80);
    printf("%d %d\n", (unsigned char)~x, ~uc);
    long l = -1;
    printf("%d\n", l < 1u);
    return 0;
}
