#include <stdio.h>
#include <stdarg.h>

int sum(int count, ...) {
    va_list ap;
    int s = 0, i;
    va_start(ap, count);
    for (i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

long long sum_ll(int count, ...) {
    va_list ap;
    long long s = 0;
    va_start(ap, count);
    while (count--) s += va_arg(ap, long long);
    va_end(ap);
    return s;
}

int max_of(int first, ...) {
    va_list ap;
    int m = first, v;
    va_start(ap, first);
    while ((v = va_arg(ap, int)) != -1) if (v > m) m = v;
    va_end(ap);
    return m;
}

const char *nth_string(int n, ...) {
    va_list ap;
    const char *s = 0;
    va_start(ap, n);
    while (n-- >= 0) s = va_arg(ap, const char *);
    va_end(ap);
    return s;
}

int main(void) {
    printf("%d %d %d\n", sum(0), sum(3, 1, 2, 3), sum(5, 10, -20, 30, -40, 50));
    printf("%lld\n", sum_ll(3, 1LL << 40, -5LL, 10000000000LL));
    printf("%d\n", max_of(3, 9, 2, 14, 7, -1));
    printf("%s\n", nth_string(2, "zero", "one", "two", "three"));
    char c = 'x';
    short sh = -3;
    printf("%d\n", sum(2, c, sh));    /* promoted to int */
    return 0;
}
