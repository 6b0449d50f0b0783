#include <stdio.h>
enum E { A = -2, B, C = 10, D = C * 2 + B, E2 = sizeof(int) << 2 };
enum F { F0 = 0xffffffffu >> 1 };
struct S { char c; long long q; short s; };
int main(void) {
    char buf[17]; short sh[3]; struct S arr[4]; int x = 0;
    printf("%d %d %d %d %d\n", A, B, C, D, E2);
    printf("%d\n", F0);
    printf("%d %d %d\n", (int)sizeof buf, (int)sizeof sh, (int)sizeof arr);
    printf("%d %d\n", (int)sizeof "hello", (int)sizeof "a\0b");
    printf("%d %d %d\n", (int)sizeof(x++), (int)sizeof x + 1, x);
    printf("%d %d\n", (int)sizeof(sh[0] + sh[1]), (int)sizeof(buf[0]));
    printf("%d %d\n", (int)sizeof(&buf), (int)sizeof(*&buf));
    printf("%d\n", (int)sizeof(struct S));
    printf("%d\n", (int)sizeof(enum E));
    printf("%d %d\n", (int)sizeof(x ? sh[0] : buf[0]), (int)sizeof((char)1));
    printf("%d\n", (int)sizeof(1LL + 'a'));
    enum E e = C; e++; printf("%d\n", e);
    e = (enum E)(e + D); printf("%d\n", e);
    printf("%d\n", A < 0u);
    printf("%d\n", A - B);
    int m[2][5]; printf("%d %d\n", (int)sizeof m[1], (int)sizeof m[0][0]);
    printf("%d\n", (int)(sizeof(int[3][4])));
    printf("%d\n", (int)sizeof(int (*)[7]));
    printf("%d\n", (int)sizeof(struct { char a[3]; short b; }));
    printf("%d\n", (int)sizeof(union { char a[5]; int b; }));
    return 0;
}
