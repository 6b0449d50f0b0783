#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Buf { int len; char data[]; };
struct Arr { short n; long long v[]; };
int main(void) {
    struct Buf *b = malloc(sizeof *b + 6);
    b->len = 5; memcpy(b->data, "hello", 6);
    printf("%d %s %d\n", b->len, b->data, (int)sizeof(struct Buf));
    struct Arr *a = malloc(sizeof(struct Arr) + 3 * sizeof(long long));
    a->n = 3; int i; for (i = 0; i < 3; i++) a->v[i] = (long long)i << 40;
    printf("%d %lld %d\n", a->n, a->v[2], (int)sizeof(struct Arr));
    printf("%d\n", (int)((char *)&a->v[1] - (char *)a));
    free(a); free(b);
    return 0;
}
