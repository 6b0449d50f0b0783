#include <stdio.h>

int main(void) {
    int a = 5;
    printf("%d %d %d %d\n", -a, +a, !a, ~a);
    printf("%d %d\n", !0, !!7);
    printf("%d\n", - -a);
    printf("%d\n", ~~a);
    printf("%d\n", !-a);
    unsigned u = 5;
    printf("%u\n", -u);
    printf("%u\n", ~u);
    int *p = &a;
    printf("%d\n", -*p);
    printf("%d\n", sizeof -a == sizeof(int));
    char c = 'A';
    printf("%d\n", -c);
    printf("%d\n", sizeof(+c));
    printf("%d\n", sizeof(c));
    return 0;
}
