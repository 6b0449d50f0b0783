#include <stdio.h>
static int f(int x) { return x * 3 + 1; }
static long long g(long long x, int y) { return x * y - 7; }
static unsigned char h(unsigned char c) { return c + 1; }
struct Big { long long a; int b[5]; char c; };
static struct Big mk(int k) { struct Big r = {k * 1000000000LL, {k, k + 1, k + 2, k + 3, k + 4}, (char)k}; return r; }
static long long many(char a, short b, int c, long long d, struct Big e, unsigned char f2, long long g2, struct Big h2) {
    return a + b + c + d + e.a + e.b[4] + e.c + f2 + g2 + h2.a + h2.b[0];
}
int main(void) {
    int a = 1, b = 2, c = 3, d = 4, e = 5, ff = 6, gg = 7, hh = 8, ii = 9, jj = 10;
    long long la = 11, lb = 12, lc = 13;
    int r = ((a + b) * (c + d) - (e + ff) * (gg - hh)) / ((ii + jj) % 7 + 1) + f(a + f(b + f(c))) * (d - f(e));
    printf("%d\n", r);
    long long lr = (la * lb + g(lc, a) * (lb - la)) * (g(la + lb, b) - lc) + (la << g(4, 2)) - f(3) * la;
    printf("%lld\n", lr);
    printf("%lld\n", ((la + a) * (lb + b) + (lc + c) * (la + d)) * ((lb + e) * (lc + ff) - (la + gg) * (lb + hh)));
    printf("%d\n", h(255) + h(h(254)) * h(10));
    printf("%lld\n", many(-1, -2, -3, -4, mk(1), 250, 1LL << 35, mk(2)));
    printf("%lld\n", mk(3).a + mk(4).b[2] * g(mk(5).a, mk(6).c));
    int arr[10] = {0}; int k = 0;
    arr[f(1)] = arr[f(0)] + (arr[2] = f(2)) + f(arr[k + 1] + 1);
    printf("%d %d %d\n", arr[4], arr[2], arr[1]);
    long long x = 5; x = x * x * x * x * x * x * x * x * x * x * x * x * x; printf("%lld\n", x);
    unsigned long long ux = 0xdeadbeefcafebabeull; ux = (ux >> 7 ^ ux << 9) + (ux * 31 - (ux / 3)); printf("%llx\n", ux);
    printf("%d\n", (a < b) + (b > c) * 2 + (c <= d) * 4 + (la >= lb) * 8 + (la != lb) * 16 + (lc == 13) * 32);
    printf("%d\n", (a && b || c && !d) + (la && !lb) * 2 + (!la || lc) * 4);
    return 0;
}
