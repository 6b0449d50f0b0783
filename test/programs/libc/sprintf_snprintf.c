#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    int n = sprintf(buf, "%d-%s-%x", 42, "mid", 255);
    printf("%d [%s] %d\n", n, buf, (int)strlen(buf));
    char small[8];
    n = snprintf(small, sizeof small, "%s", "truncated text");
    printf("%d [%s]\n", n, small);
    n = snprintf(small, sizeof small, "%d", 1234567);
    printf("%d [%s]\n", n, small);
    n = snprintf(small, sizeof small, "%d", 12345678);
    printf("%d [%s]\n", n, small);
    n = snprintf(NULL, 0, "%d items", 1000);
    printf("%d\n", n);
    memset(small, 'x', sizeof small);
    n = snprintf(small, 1, "abc");
    printf("%d %d\n", n, small[0]);
    memset(small, 'x', sizeof small);
    n = snprintf(small, 0, "abc");
    printf("%d %c\n", n, small[0]);
    char *p = buf;
    p += sprintf(p, "a=%d;", 1);
    p += sprintf(p, "b=%d;", 22);
    p += sprintf(p, "c=%d", 333);
    printf("%s %d\n", buf, (int)(p - buf));
    sprintf(buf, "%5.1s|%-4d|%04x", "xyz", 7, 0xa);
    printf("[%s]\n", buf);
    return 0;
}
