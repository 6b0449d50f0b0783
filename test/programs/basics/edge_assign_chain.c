#include <stdio.h>
struct S { int a[2]; char c; };
struct F { int n; int data[]; };
struct E { char s[4]; int b; };
struct G { int a[2]; int b; struct E e; };
int main(void) {
    char c; int i; unsigned char uc = 250; long long ll; unsigned u; _Bool b = 1; short s;
    c = i = 300; printf("%d %d\n", c, i);
    i = c = 300; printf("%d %d\n", c, i);
    ll = u = -1; printf("%lld %u\n", ll, u);
    printf("%d\n", (c = 200) == 200);
    printf("%d\n", (uc += 10));
    printf("%d\n", (s = 40000) < 0);
    i = b++; printf("%d %d\n", i, b);
    i = ++b; printf("%d %d\n", i, b);
    b = 0; i = b--; printf("%d %d\n", i, b);
    i = --b; printf("%d %d\n", i, b);
    printf("%d %d\n", -1L < 1UL, (long long)-1 < 1UL);
    printf("%d\n", (unsigned short)-1 > -1);
    printf("%d\n", (int)(-uc));
    printf("%d\n", uc >> 1 | 0x100);
    printf("%d %d\n", (unsigned char)~uc, (unsigned short)~0u);
    struct S s1 = {{1, 2}, 'x'}, s2 = {{3, 4}, 'y'};
    int t = 0;
    printf("%d %c\n", (t ? s1 : s2).a[1], (t ? s1 : s2).c);
    struct S s3; s3 = s1 = s2; printf("%d %d %c\n", s3.a[0], s1.a[1], s1.c);
    printf("%d\n", (int)sizeof(struct F));
    struct E e = {"abc", 5}; printf("%s %d\n", e.s, e.b);
    struct G g = {1, 2, 3, "xy", 9}; printf("%d %d %d %s %d\n", g.a[0], g.a[1], g.b, g.e.s, g.e.b);
    struct G g2 = {{1}, 2, {{'p', 'q'}}}; printf("%d %d %d %c%c %d\n", g2.a[0], g2.a[1], g2.b, g2.e.s[0], g2.e.s[1], g2.e.b);
    struct E es[] = {"ab", 1, "cd", 2, {"ef"}}; printf("%d %s %d %s %d\n", (int)(sizeof es / sizeof es[0]), es[1].s, es[1].b, es[2].s, es[2].b);
    int m[][2] = {1, 2, 3, 4, 5}; printf("%d %d\n", (int)(sizeof m / sizeof m[0]), m[2][1]);
    char strs[][3] = {"a", "bc", {'d'}}; printf("%d %s %s %s\n", (int)sizeof strs, strs[0], strs[1], strs[2]);
    { struct S { int z; } inner = {7}; printf("%d\n", inner.z); }
    struct S back = {{9}}; printf("%d\n", back.a[0]);
    return 0;
}
