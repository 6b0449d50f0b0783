#include <stdio.h>

static int helper(int x) { return x * 3 + 1; }
static int collatz_len(unsigned n) { int len = 1; while (n != 1) { n = n % 2 ? (unsigned)helper((int)n) : n / 2; len++; } return len; }

int main(void) {
    int best = 0, arg = 0, i;
    for (i = 1; i < 1000; i++) { int l = collatz_len((unsigned)i); if (l > best) { best = l; arg = i; } }
    printf("%d %d\n", arg, best);
    return 0;
}
