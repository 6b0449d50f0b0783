#include <stdio.h>

int starts_with(const char *s, const char *prefix) {
    while (*prefix) if (*s++ != *prefix++) return 0;
    return 1;
}
int ends_with(const char *s, const char *suffix) {
    const char *a = s, *b = suffix;
    while (*a) a++;
    while (*b) b++;
    while (b > suffix) { if (a == s) return 0; if (*--a != *--b) return 0; }
    return 1;
}

int main(void) {
    printf("%d %d %d\n", starts_with("prefix", "pre"), starts_with("pre", "prefix"), starts_with("x", ""));
    printf("%d %d %d\n", ends_with("file.c", ".c"), ends_with("c", "file.c"), ends_with("file.h", ".c"));
    return 0;
}
