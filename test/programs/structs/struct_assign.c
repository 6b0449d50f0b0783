#include <stdio.h>

struct Big { int a[10]; char name[12]; long long z; };

int main(void) {
    struct Big x, y;
    int i;
    for (i = 0; i < 10; i++) x.a[i] = i * 3;
    sprintf(x.name, "%s", "original");
    x.z = -77;
    y = x;
    y.a[0] = 999;
    y.name[0] = 'O';
    printf("%d %d %s %s %lld\n", x.a[0], y.a[0], x.name, y.name, y.z);
    printf("%d\n", y.a[9]);
    struct Big *p = &y, *q = &x;
    *q = *p;
    printf("%d %s\n", x.a[0], x.name);
    struct Big arr[2];
    arr[1] = x;
    arr[0] = arr[1];
    printf("%d\n", arr[0].a[5]);
    return 0;
}
