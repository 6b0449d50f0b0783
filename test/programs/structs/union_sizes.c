#include <stdio.h>

union A { char c; int i; };
union B { char c[5]; int i; };
union C { char c; long long l; };
union D { char c[9]; long long l; };
union E { short s[3]; char c; };
struct S { char c; union A u; };

int main(void) {
    printf("%d %d %d %d %d %d\n", (int)sizeof(union A), (int)sizeof(union B), (int)sizeof(union C),
           (int)sizeof(union D), (int)sizeof(union E), (int)sizeof(struct S));
    union A a;
    a.i = 0;
    a.c = 'x';
    printf("%d\n", a.i);
    union C c = {65};     /* initializes the first member */
    printf("%c\n", c.c);
    return 0;
}
