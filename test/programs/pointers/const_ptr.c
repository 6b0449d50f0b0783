#include <stdio.h>

int count(const char *s) { int n = 0; while (*s++) n++; return n; }

int main(void) {
    int a = 1, b = 2;
    const int *p = &a;        /* pointer to const int */
    p = &b;                   /* pointer itself can change */
    printf("%d\n", *p);
    int *const q = &a;        /* const pointer */
    *q = 10;
    printf("%d\n", a);
    const int *const r = &b;
    printf("%d\n", *r + *q);
    const int c = 5;
    const int *pc = &c;
    printf("%d\n", *pc);
    printf("%d\n", count("const"));
    const char *msgs[] = {"one", "two"};
    msgs[0] = "uno";
    printf("%s %s\n", msgs[0], msgs[1]);
    char buf[] = "abc";
    char *const fixed = buf;
    fixed[0] = 'X';
    printf("%s\n", buf);
    return 0;
}
