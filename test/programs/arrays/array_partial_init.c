#include <stdio.h>

int g[8] = {1, 2};

int main(void) {
    int a[8] = {1, 2, 3};
    int i;
    for (i = 0; i < 8; i++) printf("%d ", a[i]);
    printf("\n");
    int z[5] = {0};
    for (i = 0; i < 5; i++) printf("%d ", z[i]);
    printf("\n");
    for (i = 0; i < 8; i++) printf("%d ", g[i]);
    printf("\n");
    int m[3][3] = {{1}, {2, 3}};
    for (i = 0; i < 9; i++) printf("%d ", m[i / 3][i % 3]);
    printf("\n");
    char s[10] = "ab";
    for (i = 0; i < 10; i++) printf("%d ", s[i]);
    printf("\n");
    int d[6] = {[2] = 5, 6, [0] = 1};
    for (i = 0; i < 6; i++) printf("%d ", d[i]);
    printf("\n");
    return 0;
}
