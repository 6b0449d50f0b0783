#include <stdio.h>

static int cols[16];
static int count, first_printed;

static int safe(int row, int col) {
    int r;
    for (r = 0; r < row; r++) {
        int d = cols[r] - col;
        if (d == 0 || d == row - r || -d == row - r) return 0;
    }
    return 1;
}

static void solve(int row, int n) {
    int c;
    if (row == n) {
        count++;
        if (!first_printed) {
            int r, k;
            first_printed = 1;
            for (r = 0; r < n; r++) { for (k = 0; k < n; k++) putchar(cols[r] == k ? 'Q' : '.'); putchar('\n'); }
        }
        return;
    }
    for (c = 0; c < n; c++) if (safe(row, c)) { cols[row] = c; solve(row + 1, n); }
}

/* bitmask version for cross-checking */
static int solve_bits(int n, unsigned cols_, unsigned d1, unsigned d2) {
    unsigned full = (1u << n) - 1;
    if (cols_ == full) return 1;
    int total = 0;
    unsigned avail = full & ~(cols_ | d1 | d2);
    while (avail) {
        unsigned bit = avail & -avail;
        avail &= avail - 1;
        total += solve_bits(n, cols_ | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return total;
}

int main(void) {
    int n;
    for (n = 1; n <= 8; n++) {
        count = 0;
        first_printed = n != 8;
        solve(0, n);
        printf("n=%d solutions=%d bits=%d\n", n, count, solve_bits(n, 0, 0, 0));
    }
    return 0;
}
