#include <stdio.h>

int cube[2][3][4];

int main(void) {
    int i, j, k, n = 0;
    for (i = 0; i < 2; i++)
        for (j = 0; j < 3; j++)
            for (k = 0; k < 4; k++) cube[i][j][k] = n++;
    printf("%d %d %d\n", cube[1][2][3], cube[0][1][2], cube[1][0][0]);
    printf("%d %d %d %d\n", (int)sizeof cube, (int)sizeof cube[0], (int)sizeof cube[0][0], (int)sizeof cube[0][0][0]);
    int s[2][2][2] = {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}};
    int sum = 0;
    for (i = 0; i < 2; i++) for (j = 0; j < 2; j++) for (k = 0; k < 2; k++) sum += s[i][j][k] * (i + 1);
    printf("%d\n", sum);
    int (*plane)[3][4] = cube;
    printf("%d\n", plane[1][1][1]);
    int (*row)[4] = cube[1];
    printf("%d\n", row[2][0]);
    return 0;
}
