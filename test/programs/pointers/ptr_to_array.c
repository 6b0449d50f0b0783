#include <stdio.h>

int rowsum(int (*row)[3]) { return (*row)[0] + (*row)[1] + (*row)[2]; }
void print_matrix(int (*m)[3], int rows) {
    int i, j;
    for (i = 0; i < rows; i++) {
        for (j = 0; j < 3; j++) printf("%d ", m[i][j]);
        printf("\n");
    }
}

int main(void) {
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    int (*p)[3] = m;
    printf("%d %d\n", (*p)[1], p[1][2]);
    p++;
    printf("%d\n", (*p)[0]);
    printf("%d\n", (int)sizeof(*p));
    printf("%d\n", (int)((char *)(p) - (char *)m));
    printf("%d %d\n", rowsum(&m[0]), rowsum(m + 1));
    print_matrix(m, 2);
    int a[3] = {7, 8, 9};
    int (*pa)[3] = &a;
    printf("%d %d\n", (*pa)[2], (int)sizeof(*pa));
    int *pp[3];
    pp[0] = &a[2]; pp[1] = &a[1]; pp[2] = &a[0];
    printf("%d %d %d\n", *pp[0], *pp[1], *pp[2]);
    return 0;
}
