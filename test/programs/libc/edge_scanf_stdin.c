#include <stdio.h>

/* scanf on stdin: what is left for getchar after successes, failures and EOF. */
int main(void) {
    int a = 0, b = 0, r;
    char w[8];
    r = scanf("%d", &a);
    printf("%d %d next=%d\n", r, a, getchar());
    r = scanf("%d", &a);
    printf("%d next=%d\n", r, getchar());
    r = scanf("%d", &a);
    printf("%d next=%d\n", r, getchar());
    r = scanf("%3s", w);
    printf("%d [%s] next=%d\n", r, w, getchar());
    r = scanf("%d%d", &a, &b);
    printf("%d %d %d\n", r, a, b);
    ungetc('9', stdin);
    r = scanf("%d", &a);
    printf("%d %d\n", r, a);
    r = scanf(" %c", w);
    printf("%d [%c]\n", r, w[0]);
    r = scanf("%d", &a);
    printf("%d\n", r);
    r = scanf(" ");
    printf("%d\n", r);
    r = scanf("%c", w);
    printf("%d next=%d\n", r, getchar());
    return 0;
}
