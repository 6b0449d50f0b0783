#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

/* qsort/bsearch with odd element sizes, big elements, sorted/reversed/equal inputs. */
struct Big { int key; char tag[13]; };

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp3(const void *a, const void *b) { return memcmp(a, b, 3); }
static int cmp_big(const void *a, const void *b) {
    return cmp_int(&((const struct Big *)a)->key, &((const struct Big *)b)->key);
}
static int cmp_uc(const void *a, const void *b) {
    return *(const unsigned char *)a - *(const unsigned char *)b;
}
static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int a[40], i, n = 40;
    unsigned seed = 12345;
    for (i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        a[i] = (int)(seed >> 16) % 50 - 25;
    }
    qsort(a, n, sizeof a[0], cmp_int);
    for (i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    for (i = 0; i < n; i++) a[i] = n - i;
    qsort(a, n, sizeof a[0], cmp_int);
    for (i = 1; i < n; i++) if (a[i - 1] >= a[i]) printf("bad %d\n", i);
    for (i = 0; i < n; i++) a[i] = 3;
    qsort(a, n, sizeof a[0], cmp_int);
    for (i = 0; i < n; i++) if (a[i] != 3) printf("bad eq %d\n", i);
    {
        char t[] = "zyxabcmnodefjklghipqrstuvw";
        qsort(t, 26 / 3, 3, cmp3);
        printf("[%s]\n", t);
        unsigned char u[] = {200, 1, 255, 0, 128, 127, 2};
        qsort(u, sizeof u, 1, cmp_uc);
        for (i = 0; i < (int)sizeof u; i++) printf("%d ", u[i]);
        printf("\n");
        unsigned char k = 128;
        unsigned char *f = bsearch(&k, u, sizeof u, 1, cmp_uc);
        printf("%d\n", f ? (int)(f - u) : -1);
    }
    {
        struct Big b[9];
        for (i = 0; i < 9; i++) {
            b[i].key = (i * 5) % 9;
            sprintf(b[i].tag, "item-%d", b[i].key);
        }
        qsort(b, 9, sizeof b[0], cmp_big);
        for (i = 0; i < 9; i++) printf("%d:%s ", b[i].key, b[i].tag);
        printf("\n");
        struct Big key;
        key.key = 8;
        struct Big *f = bsearch(&key, b, 9, sizeof b[0], cmp_big);
        printf("%s\n", f ? f->tag : "none");
    }
    {
        long long v[] = {LLONG_MAX, -1, LLONG_MIN, 0, 4294967296LL, -4294967296LL};
        qsort(v, 6, sizeof v[0], cmp_ll);
        for (i = 0; i < 6; i++) printf("%lld ", v[i]);
        printf("\n");
    }
    {
        int s[] = {1, 3, 5, 7, 9, 11};
        int keys[] = {0, 1, 2, 5, 11, 12};
        for (i = 0; i < 6; i++) {
            int *f = bsearch(&keys[i], s, 6, sizeof s[0], cmp_int);
            printf("%d->%d ", keys[i], f ? (int)(f - s) : -1);
        }
        printf("\n");
        printf("%d %d\n", bsearch(&keys[1], s, 0, sizeof s[0], cmp_int) == NULL,
               bsearch(&keys[1], s, 1, sizeof s[0], cmp_int) == s);
        qsort(s, 0, sizeof s[0], cmp_int);
        printf("%d\n", s[0]);
    }
    printf("%d %d %ld %ld %lld %lld\n", abs(INT_MAX), abs(-INT_MAX), labs(-LONG_MAX), labs(0L),
           llabs(-LLONG_MAX), llabs(LLONG_MIN + 1));
    {
        div_t d = div(INT_MIN, 1);
        ldiv_t l = ldiv(-LONG_MAX, -2);
        printf("%d %d %ld %ld\n", d.quot, d.rem, l.quot, l.rem);
        d = div(-1, INT_MAX);
        printf("%d %d\n", d.quot, d.rem);
    }
    return 0;
}
