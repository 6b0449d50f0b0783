#include <stdio.h>

void set(int **pp, int *target) { *pp = target; }
void inc_all(int ***ppp) { (***ppp)++; }

int main(void) {
    int x = 1, y = 2;
    int *p = &x;
    int **pp = &p;
    int ***ppp = &pp;
    printf("%d\n", **pp);
    set(pp, &y);
    printf("%d\n", *p);
    **pp = 20;
    printf("%d\n", y);
    inc_all(ppp);
    printf("%d\n", y);
    ***ppp *= 3;
    printf("%d %d\n", x, y);
    char *words[] = {"alpha", "beta", "gamma"};
    char **w = words;
    printf("%s %c %c\n", *(w + 1), **w, *(*(w + 2) + 3));
    w++;
    printf("%s\n", *w);
    return 0;
}
