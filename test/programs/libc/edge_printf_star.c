#include <stdio.h>

/* '*' widths and precisions, including negative values. */
int main(void) {
    int w;
    for (w = -4; w <= 4; w += 2) printf("[%*d]", w, 7);
    printf("\n");
    for (w = -4; w <= 4; w += 2) printf("[%0*d]", w, -7);
    printf("\n");
    for (w = -2; w <= 3; w++) printf("[%.*d]", w, 0);
    printf("\n");
    for (w = -2; w <= 3; w++) printf("[%.*s]", w, "abc");
    printf("\n");
    printf("[%*.*d] [%-*.*d|] [%*.*x]\n", 8, 4, 12, 8, 4, 12, -8, 4, 0xfu);
    printf("[%0*.*d] [%0*.*d]\n", 6, -1, 5, 6, 2, 5);
    printf("[%-*s|] [%*s] [%*c] [%-*c|]\n", 4, "a", -4, "b", 3, 'c', 3, 'd');
    printf("[%.*s] [%*s]\n", 0, "zz", 0, "");
    printf("[%-*d|] [%-*d|]\n", -5, 1, 5, 1);
    printf("[%#*x] [%#-*o|] [%+*d]\n", 8, 255u, 6, 8u, 5, 0);
    return 0;
}
