#include <stdio.h>
#include <stddef.h>

int main(void) {
    int a[10];
    int *p = &a[2], *q = &a[9];
    printf("%d %d\n", (int)(q - p), (int)(p - q));
    char buf[100];
    char *s = buf + 10, *e = buf + 75;
    ptrdiff_t d = e - s;
    printf("%d\n", (int)d);
    long long ll[8];
    printf("%d\n", (int)(&ll[7] - &ll[0]));
    int m[3][4];
    printf("%d\n", (int)((char *)&m[2][3] - (char *)&m[0][0]));
    printf("%d\n", (int)(&m[2] - &m[0]));
    printf("%d\n", (int)(&a[10] - &a[0]));    /* one-past-the-end is valid */
    struct S { char c[3]; } ss[5];
    printf("%d\n", (int)(&ss[4] - &ss[1]));
    return 0;
}
