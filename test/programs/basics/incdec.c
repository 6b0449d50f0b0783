#include <stdio.h>

int g = 10;
struct S { int m; char c; };

int main(void) {
    int x = 5;
    int a = x++;
    int b = ++x;
    printf("%d %d %d\n", a, b, x);
    a = x--; b = --x;
    printf("%d %d %d\n", a, b, x);
    printf("%d ", g++); printf("%d ", g); printf("%d ", --g); printf("%d\n", g);
    int arr[4] = {10, 20, 30, 40};
    int i = 1;
    arr[i]++;
    ++arr[i + 1];
    arr[0]--;
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    int *p = arr;
    int v = *p++;
    printf("%d %d\n", v, *p);
    v = *++p;
    printf("%d %d\n", v, *p);
    v = ++*p;
    printf("%d %d\n", v, arr[2]);
    v = (*p)++;
    printf("%d %d\n", v, arr[2]);
    p--;
    printf("%d\n", *p);
    struct S s = {1, 'a'};
    struct S *ps = &s;
    s.m++;
    ps->m++;
    ++ps->m;
    ps->c++;
    printf("%d %c\n", s.m, s.c);
    char c = 127;
    c++;
    printf("%d\n", c);
    unsigned char uc = 0;
    uc--;
    printf("%d\n", uc);
    unsigned u = 0;
    u--;
    printf("%u\n", u);
    return 0;
}
