#include <stdio.h>
#include <stdbool.h>
struct F { bool a; char c; bool b; };
static bool neg(bool x) { return !x; }
static int take(int x) { return x; }
int main(void) {
    bool b = 2, c = -1, d = 0;
    printf("%d %d %d %d\n", b + c, ~b, -b, b << 4);
    b ^= 1; printf("%d\n", b); b ^= 1; printf("%d\n", b);
    b += 1; printf("%d\n", b); b -= 1; printf("%d\n", b); b -= 1; printf("%d\n", b);
    b = 0; b |= 4; printf("%d\n", b); b &= 2; printf("%d\n", b); b = 1; b *= 5; printf("%d\n", b); b <<= 1; printf("%d\n", b);
    b = 1; b >>= 1; printf("%d\n", b);
    unsigned long long big = 0x100000000ull; d = big; printf("%d\n", d);
    d = big >> 32 & 2; printf("%d\n", d);
    struct F f = {5, 'x', 0}; printf("%d %d %d\n", f.a, f.b, (int)sizeof f);
    printf("%d %d\n", neg(7), take(neg(0)));
    bool arr[4] = {0, 1, 2, 3}; int s = 0, i; for (i = 0; i < 4; i++) s += arr[i]; printf("%d\n", s);
    return 0;
}
