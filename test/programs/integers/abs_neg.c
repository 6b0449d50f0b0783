#include <stdio.h>
#include <stdlib.h>

int myabs(int x) { return x < 0 ? -x : x; }

int main(void) {
    int v[] = {0, 1, -1, 42, -42, 2147483647, -2147483647};
    int i;
    for (i = 0; i < 7; i++) printf("%d %d %ld\n", myabs(v[i]), abs(v[i]), labs((long)v[i]));
    printf("%lld\n", llabs(-9000000000LL));
    return 0;
}
