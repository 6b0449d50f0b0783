#include <stdio.h>

int main(void) {
    int i, j, k;
    for (i = 1; i <= 9; i++) {
        for (j = 1; j <= i; j++) printf("%d*%d=%-2d ", j, i, i * j);
        printf("\n");
    }
    int triples = 0;
    for (i = 1; i < 30; i++)
        for (j = i; j < 30; j++)
            for (k = j; k < 30; k++)
                if (i * i + j * j == k * k) triples++;
    printf("%d\n", triples);
    for (i = 0; i < 5; i++) {
        for (j = 0; j < 5 - i - 1; j++) putchar(' ');
        for (j = 0; j < 2 * i + 1; j++) putchar('*');
        putchar('\n');
    }
    return 0;
}
