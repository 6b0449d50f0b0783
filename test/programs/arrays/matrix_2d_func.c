#include <stdio.h>

#define N 4

void mul(int a[N][N], int b[N][N], int c[N][N]) {
    int i, j, k;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            c[i][j] = 0;
            for (k = 0; k < N; k++) c[i][j] += a[i][k] * b[k][j];
        }
}

int main(void) {
    int a[N][N], id[N][N] = {{1}, {0, 1}, {0, 0, 1}, {0, 0, 0, 1}}, c[N][N];
    int i, j;
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) a[i][j] = i - j * 2;
    mul(a, id, c);
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) if (c[i][j] != a[i][j]) printf("mismatch\n");
    mul(a, a, c);
    for (i = 0; i < N; i++) { for (j = 0; j < N; j++) printf("%4d", c[i][j]); printf("\n"); }
    return 0;
}
