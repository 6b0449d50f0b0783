#include <stdio.h>

int sum(int *a, int n) { int s = 0, i; for (i = 0; i < n; i++) s += a[i]; return s; }
int sum2(int a[], int n) { return n == 0 ? 0 : a[0] + sum2(a + 1, n - 1); }
int first(int a[5]) { return (int)sizeof(a); }

int main(void) {
    int a[5] = {1, 2, 3, 4, 5};
    printf("%d %d\n", sum(a, 5), sum2(a, 5));
    printf("%d %d\n", (int)sizeof(a), first(a));
    int *p = a;
    printf("%d\n", p == &a[0]);
    printf("%d\n", sum(&a[2], 3));
    char s[] = "decay";
    char *q = s;
    printf("%s %s\n", q + 2, s + 3);
    printf("%c\n", *s);
    printf("%d\n", (int)sizeof(s + 0));
    printf("%d\n", (int)sizeof(*&a));
    return 0;
}
