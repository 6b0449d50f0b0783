#include <stdio.h>

void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
void swap_ptr(int **a, int **b) { int *t = *a; *a = *b; *b = t; }
void swap_bytes(void *a, void *b, int n) {
    unsigned char *x = a, *y = b;
    while (n--) { unsigned char t = *x; *x++ = *y; *y++ = t; }
}

int main(void) {
    int x = 1, y = 2;
    swap(&x, &y);
    printf("%d %d\n", x, y);
    int arr[4] = {1, 2, 3, 4};
    swap(&arr[0], &arr[3]);
    swap(arr + 1, arr + 2);
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    int *p = &x, *q = &y;
    swap_ptr(&p, &q);
    printf("%d %d\n", *p, *q);
    long long l1 = 111111111111LL, l2 = -5;
    swap_bytes(&l1, &l2, sizeof l1);
    printf("%lld %lld\n", l1, l2);
    struct { int a; char b[6]; } s1 = {1, "one"}, s2 = {2, "two"};
    swap_bytes(&s1, &s2, sizeof s1);
    printf("%d %s %d %s\n", s1.a, s1.b, s2.a, s2.b);
    return 0;
}
