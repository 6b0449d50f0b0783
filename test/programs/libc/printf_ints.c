#include <stdio.h>

int main(void) {
    int v[] = {0, 1, -1, 42, -42, 2147483647, -2147483647 - 1};
    int i;
    for (i = 0; i < 7; i++) printf("[%d] [%i] [%u] [%x] [%X] [%o]\n", v[i], v[i], (unsigned)v[i], (unsigned)v[i], (unsigned)v[i], (unsigned)v[i]);
    printf("[%c%c%c]\n", 'a', 66, '0' + 7);
    printf("[%s] [%s]\n", "str", "");
    printf("[%%]\n");
    return 0;
}
