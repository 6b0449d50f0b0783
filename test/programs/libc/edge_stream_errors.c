#include <stdio.h>
#include <errno.h>

/* Return values of the output calls, and what reading stdout / writing stdin does to
   errno and the error flags. */
int main(void) {
    int a, b, c = 0, d, e, f, g;
    a = puts("hello");
    b = puts("");
    c = fputs("abc", stdout);
    d = fputs("", stdout);
    e = fflush(stdin);
    errno = 0;
    f = fputc('x', stdin);
    g = errno;
    printf("\n%d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, ferror(stdin) != 0);
    clearerr(stdin);
    errno = 0;
    a = fprintf(stdin, "x%d", 5);
    b = errno;
    printf("%d %d %d\n", a, b, ferror(stdin) != 0);
    clearerr(stdin);
    errno = 0;
    a = getc(stdout);
    b = errno;
    printf("%d %d %d\n", a, ferror(stdout) != 0, b);
    clearerr(stdout);
    errno = 0;
    a = fscanf(stdout, "%d", &c);
    b = errno;
    printf("%d %d %d\n", a, b, ferror(stdout) != 0);
    errno = 0;
    a = scanf("%d", &c);
    b = errno;
    printf("%d %d %d %d\n", a, b, c, feof(stdin) != 0);
    a = fflush(NULL);
    printf("%d %d %d\n", a, ferror(stdout), feof(stdout));
    return 0;
}
