#include <stdio.h>

struct Buf { char data[64]; int len; };

struct Buf make(const char *s, int times) {
    struct Buf b;
    int i, n = 0;
    b.len = 0;
    for (i = 0; i < times; i++) {
        const char *p = s;
        while (*p && n < 63) b.data[n++] = *p++;
    }
    b.data[n] = 0;
    b.len = n;
    return b;
}

struct Buf concat(struct Buf a, struct Buf b) {
    int i;
    for (i = 0; i < b.len && a.len < 63; i++) a.data[a.len++] = b.data[i];
    a.data[a.len] = 0;
    return a;
}

int main(void) {
    struct Buf x = make("ab", 3);
    struct Buf y = make("XYZ", 2);
    struct Buf z = concat(x, y);
    printf("%s %d\n", x.data, x.len);
    printf("%s %d\n", z.data, z.len);
    printf("%d\n", concat(make("0123456789", 5), make("abcdefghij", 5)).len);
    return 0;
}
