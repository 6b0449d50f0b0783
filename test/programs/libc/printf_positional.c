/* printf with positional arguments (%n$, *m$): POSIX, and what glibc does */
#include <stdio.h>

int main(void) {
    char buf[64];
    int n;
    long long big = 123456789012345LL;

    printf("%2$s, %1$s!\n", "world", "hello");
    printf("%1$d %1$d %1$x\n", 255);
    printf("[%3$*1$.*2$d]\n", 8, 4, 42);
    printf("[%2$-*1$s]\n", 6, "ab");
    printf("%3$lld %1$d %2$c\n", 7, 'z', big);
    printf("%2$u %1$hhd %3$#o\n", -1, 3000000000u, 8);
    n = printf("%4$s%3$s%2$s%1$s\n", "d", "c", "b", "a");
    printf("returned %d\n", n);
    n = snprintf(buf, sizeof buf, "%2$05d|%1$+d", 3, 42);
    printf("%s (%d)\n", buf, n);
    n = snprintf(buf, 5, "%2$s%1$s", "tail", "head");
    printf("%s (%d)\n", buf, n);
    printf("%1$s %1$.2s %1$5.1s|\n", "text");
    printf("100%% %1$d%%\n", 9);
    return 0;
}
