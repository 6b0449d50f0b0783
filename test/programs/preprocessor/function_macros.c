#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define BAD_SQUARE(x) x * x
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX(v, lo), hi)
#define ADD(a, b) ((a) + (b))
#define NOARGS() 17
#define CALL(f, x) f(x)
#define LPAREN (

int twice(int x) { return 2 * x; }

int main(void) {
    printf("%d %d\n", SQUARE(3 + 1), BAD_SQUARE(3 + 1));
    printf("%d %d\n", MAX(4, 9), MIN(4, 9));
    printf("%d %d %d\n", CLAMP(-5, 0, 10), CLAMP(5, 0, 10), CLAMP(50, 0, 10));
    printf("%d\n", ADD(ADD(1, 2), ADD(3, 4)));
    printf("%d\n", NOARGS());
    printf("%d\n", CALL(twice, 21));
    printf("%d\n", MAX((1, 2), 1));
    int SQUARE = 5;                    /* not followed by ( : not expanded */
    printf("%d\n", SQUARE);
    printf("%d\n", twice LPAREN 4));
    return 0;
}
