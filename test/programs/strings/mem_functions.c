#include <stdio.h>
#include <string.h>

int sgn(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

int main(void) {
    char buf[16];
    memset(buf, '-', 15);
    buf[15] = 0;
    printf("%s\n", buf);
    memcpy(buf + 3, "HELLO", 5);
    printf("%s\n", buf);
    char m[] = "0123456789";
    memmove(m + 2, m, 5);       /* overlapping, forward */
    printf("%s\n", m);
    char n[] = "0123456789";
    memmove(n, n + 3, 6);       /* overlapping, backward */
    printf("%s\n", n);
    int a[4] = {1, 2, 3, 4}, b[4] = {1, 2, 3, 5};
    printf("%d %d\n", sgn(memcmp(a, b, 12)), sgn(memcmp(a, b, 16)));
    printf("%d\n", sgn(memcmp("\xff", "\x01", 1)));
    const char *h = "find the x here";
    const char *x = memchr(h, 'x', strlen(h));
    printf("%d\n", (int)(x - h));
    printf("%d\n", memchr(h, 'x', 5) == NULL);
    int zeros[5];
    memset(zeros, 0, sizeof zeros);
    printf("%d %d\n", zeros[0], zeros[4]);
    int ones[2];
    memset(ones, 0xff, sizeof ones);
    printf("%d\n", ones[1]);
    void *r = memcpy(a, b, 0);
    printf("%d %d\n", r == (void *)a, a[3]);
    return 0;
}
