#include <stdio.h>

int main(void) {
    int a = 1, b = 2, c = 3;
    int *ptrs[3] = {&c, &a, &b};
    int i;
    for (i = 0; i < 3; i++) printf("%d ", *ptrs[i]);
    printf("\n");
    *ptrs[0] = 30;
    printf("%d\n", c);
    int row0[] = {1, 2}, row1[] = {3, 4, 5}, row2[] = {6};
    int *rows[] = {row0, row1, row2};
    int lens[] = {2, 3, 1};
    int j;
    for (i = 0; i < 3; i++) {
        for (j = 0; j < lens[i]; j++) printf("%d ", rows[i][j]);
        printf("| ");
    }
    printf("\n");
    int **pp = rows;
    printf("%d\n", pp[1][2]);
    return 0;
}
