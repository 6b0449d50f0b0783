#include <stdio.h>
#include <string.h>

/* generic max using element size and a comparator */
void *gmax(void *base, int n, int size, int (*cmp)(const void *, const void *)) {
    char *best = base, *p = base;
    int i;
    for (i = 1; i < n; i++) {
        p += size;
        if (cmp(p, best) > 0) best = p;
    }
    return best;
}

int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

int main(void) {
    int nums[] = {4, 17, -3, 9};
    const char *strs[] = {"pear", "apple", "zucchini", "fig"};
    int *m = gmax(nums, 4, sizeof(int), cmp_int);
    const char **s = gmax(strs, 4, sizeof(char *), cmp_str);
    printf("%d %s\n", *m, *s);
    return 0;
}
