#include <stdio.h>

int idx(int i) { return i * 2; }

int main(void) {
    int a[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int i = 3;
    printf("%d\n", a[i + 1]);
    printf("%d\n", a[idx(i)]);
    printf("%d\n", a[a[a[2]]]);
    printf("%d\n", a[sizeof(int)]);
    printf("%d\n", a['\t']);
    printf("%d\n", a[i * 3 - 1]);
    char c = 5;
    printf("%d\n", a[c]);
    unsigned u = 7;
    printf("%d\n", a[u]);
    long long l = 8;
    printf("%d\n", a[l]);
    printf("%c\n", "0123456789abcdef"[11]);
    printf("%c\n", 3["xyzw"]);
    return 0;
}
