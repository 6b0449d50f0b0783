#include <stdio.h>

int main(void) {
    int i = 0;
    do printf("%d ", i); while (++i < 5);
    printf("\n");
    int j = 100;
    do { printf("runs once %d\n", j); } while (j < 10);
    int digits = 0, n = 0;
    do { digits++; n /= 10; } while (n);
    printf("%d\n", digits);
    n = 1234567;
    digits = 0;
    do { digits++; n /= 10; } while (n);
    printf("%d\n", digits);
    int k = 0;
    do {
        k++;
        if (k == 2) continue;       /* jumps to the condition */
        printf("k=%d ", k);
    } while (k < 4);
    printf("\n");
    return 0;
}
