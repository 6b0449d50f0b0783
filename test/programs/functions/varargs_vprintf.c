#include <stdio.h>
#include <stdarg.h>

void logmsg(const char *level, const char *fmt, ...) {
    va_list ap;
    printf("[%s] ", level);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

int format(char *buf, int size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

int sum_twice(int n, ...) {
    va_list ap, ap2;
    int s = 0, i;
    va_start(ap, n);
    va_copy(ap2, ap);
    for (i = 0; i < n; i++) s += va_arg(ap, int);
    for (i = 0; i < n; i++) s += va_arg(ap2, int);
    va_end(ap2);
    va_end(ap);
    return s;
}

int main(void) {
    logmsg("info", "%d items, %s", 3, "ok");
    logmsg("warn", "value=%lld", 1LL << 33);
    char buf[16];
    int n = format(buf, sizeof buf, "%s-%d-%s", "abcdef", 12345, "xyz");
    printf("%d [%s]\n", n, buf);
    printf("%d\n", sum_twice(3, 1, 2, 3));
    return 0;
}
