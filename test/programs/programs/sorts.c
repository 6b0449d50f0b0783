#include <stdio.h>
#include <string.h>

#define N 40

static void show(const char *name, const int *a, int n) {
    int i;
    printf("%-9s", name);
    for (i = 0; i < n; i++) printf(" %d", a[i]);
    printf("\n");
}

void bubble(int *a, int n) {
    int i, j, swapped = 1;
    for (i = 0; i < n - 1 && swapped; i++) {
        swapped = 0;
        for (j = 0; j < n - 1 - i; j++)
            if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; swapped = 1; }
    }
}

void insertion(int *a, int n) {
    int i, j;
    for (i = 1; i < n; i++) { int v = a[i]; for (j = i; j > 0 && a[j - 1] > v; j--) a[j] = a[j - 1]; a[j] = v; }
}

static int tmp[N];
void merge_sort(int *a, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2, i = lo, j = mid, k = lo;
    merge_sort(a, lo, mid);
    merge_sort(a, mid, hi);
    while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    quick(a, lo, j);
    quick(a, i, hi);
}

void selection(int *a, int n) {
    int i, j;
    for (i = 0; i < n - 1; i++) {
        int m = i;
        for (j = i + 1; j < n; j++) if (a[j] < a[m]) m = j;
        int t = a[i]; a[i] = a[m]; a[m] = t;
    }
}

int main(void) {
    int orig[N], a[N], i;
    unsigned seed = 12345;
    for (i = 0; i < N; i++) { seed = seed * 1103515245u + 12345u; orig[i] = (int)((seed >> 16) % 200) - 100; }
    show("input", orig, N);
    memcpy(a, orig, sizeof a); bubble(a, N); show("bubble", a, N);
    memcpy(a, orig, sizeof a); insertion(a, N); show("insertion", a, N);
    memcpy(a, orig, sizeof a); merge_sort(a, 0, N); show("merge", a, N);
    memcpy(a, orig, sizeof a); quick(a, 0, N - 1); show("quick", a, N);
    memcpy(a, orig, sizeof a); selection(a, N); show("selection", a, N);
    for (i = 1; i < N; i++) if (a[i - 1] > a[i]) printf("NOT SORTED\n");
    return 0;
}
