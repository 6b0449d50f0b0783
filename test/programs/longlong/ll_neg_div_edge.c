#include <stdio.h>

int main(void) {
    long long vals[] = {-9223372036854775807LL - 1, -1, 0, 1, 9223372036854775807LL, -4294967296LL, 4294967295LL};
    long long divs[] = {3, -3, 1000, -4294967296LL, 2};
    int i, j;
    for (i = 0; i < 7; i++) {
        for (j = 0; j < 5; j++) printf("%lld,%lld ", vals[i] / divs[j], vals[i] % divs[j]);
        printf("\n");
    }
    return 0;
}
