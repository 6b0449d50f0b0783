#include <stdio.h>

int main(void) {
    int n, i;
    if (scanf("%d", &n) != 1) return 1;
    long long sum = 0;
    int min = 0, max = 0;
    for (i = 0; i < n; i++) {
        int v;
        if (scanf("%d", &v) != 1) { printf("short input\n"); return 2; }
        sum += v;
        if (i == 0 || v < min) min = v;
        if (i == 0 || v > max) max = v;
    }
    printf("n=%d sum=%lld min=%d max=%d\n", n, sum, min, max);
    char word[32];
    unsigned x;
    int r = scanf("%31s %x", word, &x);
    printf("%d %s %u\n", r, word, x);
    char c;
    r = scanf(" %c", &c);
    printf("%d %c\n", r, c);
    r = scanf("%d", &n);
    printf("%d\n", r);
    return 0;
}
