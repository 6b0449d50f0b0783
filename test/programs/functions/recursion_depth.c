#include <stdio.h>

int depth_sum(int n) { return n == 0 ? 0 : n + depth_sum(n - 1); }

int count_paths(int r, int c) {
    if (r == 0 || c == 0) return 1;
    return count_paths(r - 1, c) + count_paths(r, c - 1);
}

void hanoi_count(int n, int *moves) { if (n == 0) return; hanoi_count(n - 1, moves); (*moves)++; hanoi_count(n - 1, moves); }

int main(void) {
    printf("%d\n", depth_sum(10000));
    printf("%d\n", count_paths(8, 8));
    int m = 0;
    hanoi_count(12, &m);
    printf("%d\n", m);
    return 0;
}
