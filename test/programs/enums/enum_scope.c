#include <stdio.h>

enum { X = 1, Y = 2 };

int main(void) {
    printf("%d %d\n", X, Y);
    {
        enum { X = 10, Z = X + Y };      /* inner X shadows; Z uses the new X */
        printf("%d %d\n", X, Z);
    }
    printf("%d\n", X);
    enum T { P = sizeof(int), Q = P * P };
    printf("%d %d\n", P, Q);
    int Yv = Y;
    printf("%d\n", Yv);
    return 0;
}
