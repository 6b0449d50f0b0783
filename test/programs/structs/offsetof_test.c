#include <stdio.h>
#include <stddef.h>

struct S { char a; int b; char c; long long d; short e; char f[3]; };
union U { char c; int i; long long l; char s[9]; };

int main(void) {
    printf("%d %d %d %d %d %d\n", (int)offsetof(struct S, a), (int)offsetof(struct S, b),
           (int)offsetof(struct S, c), (int)offsetof(struct S, d), (int)offsetof(struct S, e),
           (int)offsetof(struct S, f));
    printf("%d\n", (int)sizeof(struct S));
    printf("%d %d\n", (int)sizeof(union U), (int)offsetof(union U, s));
    return 0;
}
