#include <stdio.h>

int size_in_callee(int a[100]) { return (int)sizeof a; }

int main(void) {
    int a[100];
    int *p = a;
    char s[] = "hello";
    char *t = "hello";
    printf("%d %d\n", (int)sizeof a, (int)sizeof p);
    printf("%d %d\n", (int)sizeof s, (int)sizeof t);
    printf("%d\n", size_in_callee(a));
    printf("%d\n", (int)sizeof(&a));
    printf("%d\n", (int)sizeof(*&a));
    printf("%d\n", (int)sizeof(a[0]));
    printf("%d\n", (int)sizeof("hello"));
    int m[4][5];
    printf("%d %d %d\n", (int)sizeof m, (int)sizeof m[1], (int)sizeof(m + 1));
    return 0;
}
