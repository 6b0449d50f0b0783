/* libc qsort and bsearch on structs: comparator callbacks from a native into compiled code */
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 300000
#endif

struct rec { int key; int id; };
struct rec recs[N];

int cmp(const void *a, const void *b) {
    const struct rec *x = (const struct rec *)a, *y = (const struct rec *)b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->id - y->id;
}

int main(void) {
    unsigned seed = 3u, sum = 0u;
    int i, found = 0;
    for (i = 0; i < N; i++) {
        seed = seed * 1664525u + 1013904223u;
        recs[i].key = (int)(seed >> 12) % 100000;
        recs[i].id = i;
    }
    qsort(recs, N, sizeof(struct rec), cmp);
    for (i = 0; i < N; i += 3) {
        struct rec k;
        k = recs[i];
        if (bsearch(&k, recs, N, sizeof(struct rec), cmp) != 0) found++;
    }
    for (i = 0; i < N; i += 97) sum = sum * 31u + (unsigned)recs[i].key + (unsigned)recs[i].id;
    printf("qsort found=%d checksum %u\n", found, sum);
    return 0;
}
