/* tak + ackermann: deep, call-heavy recursion (frames, arguments, returns) */
#include <stdio.h>

#ifndef N
#define N 18
#endif

int tak(int x, int y, int z) {
    if (y < x) return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
    return z;
}

int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void) {
    int i;
    unsigned sum = 0u;
    for (i = 0; i < 4; i++) sum = sum * 31u + (unsigned)tak(N, N / 2 + i, 0);
    sum = sum * 31u + (unsigned)ack(2, 3000);
    sum = sum * 31u + (unsigned)ack(3, 7);
    printf("tak/ack checksum %u\n", sum);
    return 0;
}
