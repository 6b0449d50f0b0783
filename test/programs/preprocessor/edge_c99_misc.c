#include <stdio.h>
#define HDR <stdio.h>
#include HDR
#pragma once_unknown_pragma
_Pragma("GCC diagnostic ignored \"-Wunused\"")
static inline int sq(int x) { return x * x; }
inline static int cube(int x) { return x * x * x; }
static void copy(int *restrict d, const int *restrict s, int n) { while (n--) *d++ = *s++; }
static const char *who(void) { return __func__; }
#define DIG 5
int main(void) {
    int a[3] = {1, 2, 3}, b[3];
    copy(b, a, 3);
    printf("%d %d %d\n", sq(b[1]), cube(b[2]), DIG);
    printf("%s %s\n", __func__, who());
    int x = 1 // comment
        + 2; /* block
        comment */ printf("%d\n", x);
    int y = 1 /* c */ + /**/ 2; printf("%d\n", y);
    printf("%s\n", "split \
string");
    int lo\
ng_name = 4; printf("%d\n", long_name);
#line 500
    printf("%d\n", __LINE__);
#line 42 "renamed.c"
    printf("%s %d\n", __FILE__, __LINE__);
    const char *s = "a//b/*c*/"; printf("%s\n", s);
    printf("%c\n", '/');
    int volatile v = 3; const volatile int cv = 4; printf("%d\n", v + cv);
    return 0;
}
