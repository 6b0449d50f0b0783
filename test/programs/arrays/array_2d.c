#include <stdio.h>

int main(void) {
    int m[3][4];
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 4; j++) m[i][j] = i * 10 + j;
    for (i = 0; i < 3; i++) {
        for (j = 0; j < 4; j++) printf("%3d", m[i][j]);
        printf("\n");
    }
    printf("%d %d %d\n", (int)sizeof m, (int)sizeof m[0], (int)sizeof m[0][0]);
    int *row1 = m[1];
    printf("%d %d\n", row1[3], *(m[2] + 1));
    int t[4][3];
    for (i = 0; i < 3; i++)
        for (j = 0; j < 4; j++) t[j][i] = m[i][j];
    for (j = 0; j < 4; j++) printf("%d %d %d\n", t[j][0], t[j][1], t[j][2]);
    return 0;
}
