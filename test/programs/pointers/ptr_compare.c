#include <stdio.h>

int main(void) {
    int a[6] = {5, 3, 8, 1, 9, 2};
    int *lo = a, *hi = a + 5;
    printf("%d %d %d %d\n", lo < hi, lo > hi, lo <= lo, hi >= lo);
    printf("%d %d\n", lo == a, lo + 5 == hi);
    int *p;
    int count = 0;
    for (p = a; p < a + 6; p++) if (*p > 4) count++;
    printf("%d\n", count);
    /* reverse in place with two pointers */
    while (lo < hi) { int t = *lo; *lo = *hi; *hi = t; lo++; hi--; }
    for (p = a; p != a + 6; p++) printf("%d ", *p);
    printf("\n");
    int *end = &a[6];
    printf("%d\n", end > &a[5]);
    return 0;
}
