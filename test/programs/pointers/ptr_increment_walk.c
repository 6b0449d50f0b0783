#include <stdio.h>

int main(void) {
    int a[] = {1, 2, 3, 4, 5, 6, 7, 8};
    int *p = a, *end = a + sizeof a / sizeof *a;
    int sum = 0;
    while (p < end) sum += *p++;
    printf("%d\n", sum);
    p = end;
    while (p > a) printf("%d ", *--p);
    printf("\n");
    char s[] = "pointer";
    char *c = s;
    while (*c) *c++ -= 32;
    printf("%s\n", s);
    int *q = a;
    *q++ = 100;
    *++q = 300;
    printf("%d %d %d\n", a[0], a[1], a[2]);
    return 0;
}
