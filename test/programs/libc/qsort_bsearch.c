#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
int cmp_desc(const void *a, const void *b) { return cmp_int(b, a); }
int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

struct P { const char *name; int age; };
int cmp_p(const void *a, const void *b) {
    const struct P *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    int a[] = {5, -3, 99, 0, 42, -2147483647 - 1, 2147483647, 7, 7, 1};
    int n = sizeof a / sizeof a[0], i;
    qsort(a, n, sizeof a[0], cmp_int);
    for (i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    int key = 42;
    int *f = bsearch(&key, a, n, sizeof a[0], cmp_int);
    printf("%d\n", f ? (int)(f - a) : -1);
    key = 8;
    f = bsearch(&key, a, n, sizeof a[0], cmp_int);
    printf("%d\n", f ? (int)(f - a) : -1);
    qsort(a, n, sizeof a[0], cmp_desc);
    for (i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    const char *w[] = {"pear", "apple", "fig", "banana", "cherry"};
    qsort(w, 5, sizeof w[0], cmp_str);
    for (i = 0; i < 5; i++) printf("%s ", w[i]);
    printf("\n");
    const char *k = "fig";
    const char **found = bsearch(&k, w, 5, sizeof w[0], cmp_str);
    printf("%d\n", found ? (int)(found - w) : -1);
    struct P ps[] = {{"zoe", 30}, {"al", 25}, {"bo", 30}, {"cy", 20}};
    qsort(ps, 4, sizeof ps[0], cmp_p);
    for (i = 0; i < 4; i++) printf("%s:%d ", ps[i].name, ps[i].age);
    printf("\n");
    qsort(a, 0, sizeof a[0], cmp_int);
    qsort(a, 1, sizeof a[0], cmp_int);
    printf("%d\n", a[0]);
    return 0;
}
