#include <stdio.h>

int main(void) {
    int d, m, y;
    char name[20];
    int r = scanf("%d/%d/%d %19s", &d, &m, &y, name);
    printf("%d: %02d.%02d.%04d %s\n", r, d, m, y, name);
    long l;
    long long ll;
    unsigned u;
    r = scanf("%ld %lld %u", &l, &ll, &u);
    printf("%d: %ld %lld %u\n", r, l, ll, u);
    int a, b;
    r = scanf("%d,%d", &a, &b);
    printf("%d: %d %d\n", r, a, b);
    r = scanf("%d", &a);     /* 'abc' is not a number */
    printf("%d\n", r);
    char rest[10];
    r = scanf("%9s", rest);
    printf("%d %s\n", r, rest);
    return 0;
}
