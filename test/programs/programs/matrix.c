#include <stdio.h>

#define N 5

void mat_mul(long long a[N][N], long long b[N][N], long long out[N][N]) {
    long long tmp[N][N];
    int i, j, k;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            tmp[i][j] = 0;
            for (k = 0; k < N; k++) tmp[i][j] += a[i][k] * b[k][j];
        }
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) out[i][j] = tmp[i][j];
}

void print(const char *name, long long m[N][N]) {
    int i, j;
    printf("%s:\n", name);
    for (i = 0; i < N; i++) { for (j = 0; j < N; j++) printf("%15lld", m[i][j]); printf("\n"); }
}

long long det(long long m[N][N], int n) {
    /* Laplace expansion on the first row, on a copy */
    if (n == 1) return m[0][0];
    long long sub[N][N], d = 0;
    int c, i, j, sign = 1;
    for (c = 0; c < n; c++) {
        for (i = 1; i < n; i++) {
            int col = 0;
            for (j = 0; j < n; j++) if (j != c) sub[i - 1][col++] = m[i][j];
        }
        d += sign * m[0][c] * det(sub, n - 1);
        sign = -sign;
    }
    return d;
}

int main(void) {
    long long a[N][N] = {{2, -1, 0, 3, 1}, {1, 4, -2, 0, 2}, {0, 3, 5, -1, 1}, {-2, 0, 1, 2, 3}, {1, 1, 0, -3, 2}};
    long long b[N][N], c[N][N];
    int i, j;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) b[i][j] = i == j ? 3 : (i * 2 + j) % 3 - 1;
    print("A", a);
    print("B", b);
    mat_mul(a, b, c);
    print("A*B", c);
    for (i = 0; i < 3; i++) mat_mul(c, c, c);
    print("(A*B)^8", c);
    printf("det A = %lld, det B = %lld\n", det(a, N), det(b, N));
    return 0;
}
