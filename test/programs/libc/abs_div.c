#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("%d %d %d\n", abs(-5), abs(5), abs(0));
    printf("%ld\n", labs(-100000L));
    div_t q = div(17, -5);
    printf("%d %d\n", q.quot, q.rem);
    q = div(-17, 5);
    printf("%d %d\n", q.quot, q.rem);
    ldiv_t lq = ldiv(1000000L, 7L);
    printf("%ld %ld\n", lq.quot, lq.rem);
    return 0;
}
