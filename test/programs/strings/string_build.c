#include <stdio.h>

void itoa_(int v, char *out) {
    char tmp[16];
    int n = 0, neg = v < 0;
    unsigned u = neg ? 0u - (unsigned)v : (unsigned)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) *out++ = '-';
    while (n) *out++ = tmp[--n];
    *out = 0;
}

int main(void) {
    char buf[20];
    int vals[] = {0, 7, -7, 12345, -2147483647 - 1, 2147483647};
    int i;
    for (i = 0; i < 6; i++) { itoa_(vals[i], buf); printf("%s\n", buf); }
    char line[80];
    int pos = 0, k;
    for (k = 0; k < 10; k++) { line[pos++] = (char)('a' + k); line[pos++] = ','; }
    line[pos - 1] = 0;
    printf("%s\n", line);
    return 0;
}
