#include <stdio.h>
#include <limits.h>

/* Flag combinations, widths and precisions on every integer conversion. */
int main(void) {
    printf("[%-+5d] [%+-5d] [%- 5d] [% -5d] [%+ d] [% +d]\n", 3, 3, 3, 3, 3, 3);
    printf("[%0-5d] [%-05d] [%+05d] [% 05d] [%+05d]\n", -3, -3, -3, -3, 0);
    printf("[%#o] [%#5o] [%#-5o|] [%#05o] [%#.3o] [%#.1o]\n", 8, 8, 8, 8, 8, 8);
    printf("[%#x] [%#5x] [%#-8x|] [%#08x] [%#.4x] [%#08.4x]\n", 26, 26, 26, 26, 26, 26);
    printf("[%#X] [%#08X] [%#x] [%#X]\n", 0xabc, 0xabc, 0, 0);
    printf("[%.0d] [%5.0d] [%-5.0d|] [%+.0d] [% .0d] [%+5.0d]\n", 0, 0, 0, 0, 0, 0);
    printf("[%.0x] [%#.0x] [%.0o] [%#.0o] [%#5.0o] [%.0u] [%05.0u]\n", 0, 0, 0, 0, 0, 0u, 0u);
    printf("[%.0X] [%#.0X] [%5.0x|]\n", 0, 0, 0);
    printf("[%010.5d] [%-10.5d|] [%+010.5d] [% 010.5d]\n", 42, 42, 42, -42);
    printf("[%+u] [% u] [%+x] [% x] [%+o]\n", 5u, 5u, 5u, 5u, 5u);
    printf("[%d] [%i] [%+d] [%u] [%x] [%o]\n", INT_MIN, INT_MAX, INT_MAX, UINT_MAX, UINT_MAX, UINT_MAX);
    printf("[%012d] [%-12d|] [%+.11d] [%#o] [%#X]\n", INT_MIN, INT_MIN, INT_MIN, UINT_MAX, UINT_MAX);
    printf("[%00005d] [%-0-05d] [%++d] [%  d] [%##x]\n", 1, 1, 1, 1, 1);
    printf("[%1d] [%0d] [%.1d] [%.01d] [%1.1d]\n", 0, 0, 0, 0, 0);
    printf("[%i] [%5i] [%-5i|] [%05i] [%+i] [%.3i]\n", -9, -9, -9, -9, 9, -9);
    printf("[%c] [%3c] [%-3c|]\n", 'A', 'B', 'C');
    return 0;
}
