#include <stdio.h>

enum Color { RED, GREEN, BLUE };
enum Num { A = 5, B, C = -3, D, E = 100, F = E * 2, G };
enum Big { BIG = 2147483647 };

int main(void) {
    printf("%d %d %d\n", RED, GREEN, BLUE);
    printf("%d %d %d %d %d %d %d\n", A, B, C, D, E, F, G);
    printf("%d\n", BIG);
    enum Color c = BLUE;
    printf("%d\n", c);
    c = (enum Color)1;
    printf("%d\n", c == GREEN);
    printf("%d\n", (int)sizeof(enum Color));
    printf("%d\n", (int)sizeof(RED));
    return 0;
}
