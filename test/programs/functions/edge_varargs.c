#include <stdio.h>
#include <stdarg.h>
struct P { int x; char c; };
static long long total(int n, ...) {
    va_list ap; long long t = 0; int i;
    va_start(ap, n);
    for (i = 0; i < n; i++) {
        int kind = va_arg(ap, int);
        switch (kind) {
        case 0: t += va_arg(ap, int); break;
        case 1: t += va_arg(ap, long long); break;
        case 2: t += va_arg(ap, unsigned); break;
        case 3: { struct P p = va_arg(ap, struct P); t += p.x * 100 + p.c; break; }
        case 4: t += *va_arg(ap, char *); break;
        }
    }
    va_end(ap);
    return t;
}
static void vcopy(const char *fmt, ...) {
    va_list ap, ap2; va_start(ap, fmt); va_copy(ap2, ap);
    vprintf(fmt, ap); vprintf(fmt, ap2);
    va_end(ap2); va_end(ap);
}
int main(void) {
    char c = -3; short s = -300; unsigned char uc = 250;
    struct P p = {7, 9};
    printf("%lld\n", total(6, 0, (int)c, 0, (int)s, 1, 1LL << 40, 2, 4000000000u, 3, p, 4, "A"));
    printf("%lld\n", total(2, 0, c, 0, uc));
    vcopy("%d %lld %s|", 1, -2LL, "z");
    printf("\n");
    printf("%hhd %hd %d\n", 300, 70000, uc);
    return 0;
}
