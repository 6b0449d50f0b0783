#include <stdio.h>

int x = 10;
int *px = &x;
int arr[5] = {0, 10, 20, 30, 40};
int *p2 = &arr[2];
int *pend = arr + 5;
char *s = "hi there";
char str[] = "array";
char *ps = str + 2;
int **ppx = &px;
struct S { int a; int *p; } st = {1, &x};
struct S *pst = &st;
int *table[] = {&x, &arr[4], 0};
const char *msgs[] = {"zero", "one", "two"};
const char **pm = &msgs[1];

int main(void) {
    printf("%d %d %d\n", *px, *p2, (int)(pend - arr));
    printf("%s %s %s\n", s, str, ps);
    printf("%d\n", **ppx);
    x = 11;
    printf("%d %d %d\n", *st.p, *pst->p, *table[0]);
    printf("%d %d\n", *table[1], table[2] == 0);
    printf("%s %s\n", *pm, pm[1]);
    p2[1] = 33;
    printf("%d\n", arr[3]);
    return 0;
}
