#include <stdio.h>
struct B { char *p; short *sp; int n; };
int main(void) {
    char s[] = "abcdef"; short sa[4] = {1, 2, 3, 4}, db[4];
    struct B b = {s, sa, 0}, *pb = &b;
    printf("%c", *pb->p++); printf("%c", *pb->p); printf("%c\n", *++pb->p);
    printf("%d %d\n", (*pb->sp)++, *pb->sp);
    pb->sp++; printf("%d\n", pb->sp[1]);
    short *d = db, *q = sa; int i; for (i = 0; i < 4; i++) *d++ = *q++ * 10;
    printf("%d %d %d\n", db[0], db[3], (int)(d - db));
    long long la[3] = {1, 2, 3}; long long *lp = la; *lp++ += 5; (*lp)++; lp[1] <<= 33;
    printf("%lld %lld %lld\n", la[0], la[1], la[2]);
    char *e = s + 5; printf("%d %d\n", (int)(e - s), e > s);
    int *ip = 0; printf("%d\n", ip == 0);
    struct B arr[3]; struct B *pe = &arr[2]; printf("%d\n", (int)(pe - arr));
    printf("%d\n", (int)((char *)pe - (char *)arr));
    unsigned char bytes[4] = {1, 2, 3, 4}; unsigned char *bp = bytes + 3; printf("%d %d\n", bp[-3], *(bp - 1));
    int idx = -2; printf("%d\n", bp[idx]);
    unsigned short ui = 1; printf("%d\n", bytes[ui + 1]);
    char *ptrs[3] = {s, s + 1, s + 2}; char **pp = ptrs; ++pp; printf("%c ", **pp); printf("%c\n", *(*pp)++);
    printf("%c\n", **pp);
    return 0;
}
