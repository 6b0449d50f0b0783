#include <stdio.h>

int sum8(int a, int b, int c, int d, int e, int f, int g, int h) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}

long long mixed(char a, short b, int c, long long d, unsigned char e, int f, long long g, char h, int i, int j) {
    return a + b + c + d + e + f + g + h + i + j;
}

void show10(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9) {
    printf("%d %d %d %d %d %d %d %d %d %d\n", a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
}

int main(void) {
    printf("%d\n", sum8(1, 2, 3, 4, 5, 6, 7, 8));
    printf("%lld\n", mixed(-1, -2, -3, 1LL << 35, 255, 6, -7, 'A', 9, 10));
    show10(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    printf("%d %d %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    return 0;
}
