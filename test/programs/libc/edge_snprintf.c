#include <stdio.h>
#include <string.h>

static void show(const char *buf, int n) {
    int i;
    printf("%d:", n);
    for (i = 0; i < n; i++) printf(" %d", (unsigned char)buf[i]);
    printf("\n");
}

/* snprintf truncation and return values at the boundaries. */
int main(void) {
    char b[16];
    int n, size;
    for (size = 0; size <= 6; size++) {
        memset(b, '#', sizeof b);
        n = snprintf(b, (size_t)size, "%s", "hello");
        printf("size %d -> %d ", size, n);
        show(b, 7);
    }
    memset(b, '#', sizeof b);
    n = snprintf(b, sizeof b, "%c%c%c", 'a', 0, 'b');
    printf("%d %d %d %d %d\n", n, b[0], b[1], b[2], b[3]);
    n = sprintf(b, "%c", 0);
    printf("%d %d\n", n, b[0]);
    n = snprintf(NULL, 0, "%05d|%-3s|%x", 42, "a", 0xabc);
    printf("%d\n", n);
    n = snprintf(b, 4, "%d", -12345);
    printf("%d [%s]\n", n, b);
    n = snprintf(b, 3, "%%%%%%");
    printf("%d [%s]\n", n, b);
    n = snprintf(b, sizeof b, "");
    printf("%d [%s] %d\n", n, b, (int)strlen(b));
    n = snprintf(b, sizeof b, "%.3s|%.0s|%.*s", "abcdef", "xyz", 2, "pq");
    printf("%d [%s]\n", n, b);
    n = sprintf(b, "%5s%-5s|", "ab", "cd");
    printf("%d [%s]\n", n, b);
    n = printf("%c", 0);
    printf("|%d\n", n);
    n = printf("");
    printf("%d\n", n);
    n = printf("%s", "");
    printf("%d\n", n);
    return 0;
}
