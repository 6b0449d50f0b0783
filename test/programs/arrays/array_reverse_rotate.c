#include <stdio.h>

void reverse(int *a, int lo, int hi) { while (lo < hi) { int t = a[lo]; a[lo++] = a[hi]; a[hi--] = t; } }
void rotate_left(int *a, int n, int k) { k %= n; reverse(a, 0, k - 1); reverse(a, k, n - 1); reverse(a, 0, n - 1); }
void show(int *a, int n) { int i; for (i = 0; i < n; i++) printf("%d ", a[i]); printf("\n"); }

int main(void) {
    int a[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    reverse(a, 0, 8); show(a, 9);
    reverse(a, 0, 8);
    rotate_left(a, 9, 3); show(a, 9);
    rotate_left(a, 9, 15); show(a, 9);
    return 0;
}
