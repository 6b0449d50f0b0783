#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <limits.h>

/* C99 functions beyond the everyday ones: strcoll/strxfrm (C locale), lldiv, vfscanf, _Exit. */
static int scan(FILE *f, const char *fmt, ...) {
    va_list ap;
    int r;
    va_start(ap, fmt);
    r = vfscanf(f, fmt, ap);
    va_end(ap);
    return r;
}

static void bye(void) { printf("atexit handler ran\n"); }

int main(void) {
    char buf[16];
    size_t n;
    int a = 0, b = 0, r;
    printf("%d %d %d %d %d %d %d\n", BUFSIZ, EOF, EXIT_SUCCESS, EXIT_FAILURE, _IOFBF, _IOLBF, _IONBF);
    printf("%d %d %d\n", strcoll("abc", "abd") < 0, strcoll("b", "a") > 0, strcoll("same", "same"));
    memset(buf, 'x', sizeof buf);
    n = strxfrm(buf, "hello", sizeof buf);
    printf("%u [%s]\n", (unsigned)n, buf);
    memset(buf, 'x', sizeof buf);
    n = strxfrm(buf, "hello", 3);
    printf("%u %c%c%c\n", (unsigned)n, buf[0], buf[1], buf[2]);
    n = strxfrm(NULL, "measure me", 0);
    printf("%u\n", (unsigned)n);
    {
        lldiv_t q = lldiv(-7000000000LL, 3LL);
        printf("%lld %lld\n", q.quot, q.rem);
        q = lldiv(LLONG_MAX, -10LL);
        printf("%lld %lld\n", q.quot, q.rem);
        q = lldiv(LLONG_MIN, 7LL);
        printf("%lld %lld\n", q.quot, q.rem);
    }
    r = scan(stdin, "%d %d", &a, &b);
    printf("%d %d %d\n", r, a, b);
    r = scan(stdin, "%d", &a);
    printf("%d\n", r);
    atexit(bye);
    printf("unflushed line is lost by _Exit\n");
    fflush(stdout);
    printf("this one too\n");
    _Exit(7);
}
