/* Function pointers: comparison with each other and with null, calls through tables,
   and void * converting to and from object pointers without casts. */
#include <stdio.h>
#include <stdlib.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static binop pick(int w) { return w ? add : sub; }
static int (*table[2])(int, int) = { add, sub };
static int apply(int (*f)(int, int), int a, int b) { return f(a, b); }

int main(void) {
    printf("%d %d\n", pick(1)(3, 4), pick(0)(3, 4));
    printf("%d %d %d\n", table[1] == sub, table[0] != table[1], pick(1) == table[0]);
    printf("%d\n", (*table[0])(5, 6));
    printf("%d\n", apply(table[0], 2, 3) + apply(&sub, 2, 3));
    binop f = add;
    printf("%d %d\n", f == &add, (f ? f : sub)(1, 1));
    void (*nothing)(void) = 0;
    printf("%d %d\n", !nothing, nothing == 0);

    void *vp = malloc(8);
    int *ip = vp;
    unsigned char *cp = vp;
    *ip = 0x41424344;
    vp = ip;
    printf("%d %d %d\n", cp[0], ((unsigned char *)vp)[3], vp == ip);
    free(vp);
    return 0;
}
