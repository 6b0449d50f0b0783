#include <stdio.h>

typedef int (*Cmp)(int, int);

int asc(int a, int b) { return a - b; }
int desc(int a, int b) { return b - a; }
int by_last_digit(int a, int b) { return a % 10 != b % 10 ? a % 10 - b % 10 : a - b; }

void sort(int *a, int n, Cmp cmp) {
    int i, j;
    for (i = 1; i < n; i++) {
        int v = a[i];
        for (j = i - 1; j >= 0 && cmp(a[j], v) > 0; j--) a[j + 1] = a[j];
        a[j + 1] = v;
    }
}

void show(const int *a, int n) { int i; for (i = 0; i < n; i++) printf("%d ", a[i]); printf("\n"); }

int main(void) {
    int a[] = {42, 17, 93, 8, 51, 27, 64};
    Cmp cmps[] = {asc, desc, by_last_digit};
    int k;
    for (k = 0; k < 3; k++) { sort(a, 7, cmps[k]); show(a, 7); }
    return 0;
}
