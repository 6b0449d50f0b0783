#include <stdio.h>

int main(void) {
    printf("[%.3d] [%.0d] [%.0d] [%5.3d] [%-5.3d|] [%.5x]\n", 7, 0, 5, 7, 7, 0xab);
    printf("[%08.3d] [%+.3d] [%.3d]\n", 7, 7, -7);
    printf("[%.2s] [%.0s] [%.10s] [%5.2s] [%-5.2s|]\n", "abcdef", "abc", "abc", "abcdef", "abcdef");
    printf("[%#.3o] [%#.0x]\n", 8, 0);
    printf("[%.*d] [%*d] [%-*d] [%*.*s]\n", 4, 9, 6, 9, 6, 9, 8, 3, "abcdef");
    printf("[%*d]\n", -6, 5);              /* negative width means left-justify */
    printf("[%.*d]\n", -1, 5);             /* negative precision is ignored */
    char buf[4] = {'a', 'b', 'c', 'd'};    /* not terminated: precision bounds the read */
    printf("[%.4s]\n", buf);
    return 0;
}
