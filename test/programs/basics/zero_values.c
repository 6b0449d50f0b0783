#include <stdio.h>

int main(void) {
    int z = 0;
    printf("%d %d %d %d\n", z * 5, z / 5, z % 5, -z);
    printf("%d\n", 0 - 0);
    unsigned u = 0;
    printf("%u %u\n", u - 1, ~u);
    printf("%d\n", z == -z);
    printf("%d\n", 5 * 0 + 0 * 5);
    return 0;
}
