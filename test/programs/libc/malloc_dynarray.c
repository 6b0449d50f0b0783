#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int cap = 2, n = 0, i;
    int *a = malloc(cap * sizeof *a);
    for (i = 0; i < 100; i++) {
        if (n == cap) {
            cap *= 2;
            int *b = realloc(a, cap * sizeof *a);
            if (!b) { free(a); return 1; }
            a = b;
        }
        a[n++] = i * i;
    }
    printf("%d %d\n", n, cap);
    long sum = 0;
    for (i = 0; i < n; i++) sum += a[i];
    printf("%ld %d %d\n", sum, a[0], a[99]);
    a = realloc(a, 10 * sizeof *a);      /* shrink keeps the prefix */
    for (i = 0; i < 10; i++) printf("%d ", a[i]);
    printf("\n");
    free(a);
    int *z = calloc(50, sizeof *z);
    int nz = 0;
    for (i = 0; i < 50; i++) nz += z[i] != 0;
    printf("%d\n", nz);
    free(z);
    char *s = realloc(NULL, 16);          /* realloc(NULL) acts like malloc */
    s[0] = 'o'; s[1] = 'k'; s[2] = 0;
    printf("%s\n", s);
    free(s);
    free(NULL);                           /* no-op */
    printf("done\n");
    return 0;
}
