#include <stdio.h>

int main(void) {
    int i, j;
    for (i = 0; i < 10; i++) {
        if (i % 3 == 0) continue;
        if (i == 8) break;
        printf("%d ", i);
    }
    printf("\n");
    for (i = 0; i < 4; i++) {
        for (j = 0; j < 4; j++) {
            if (j > i) break;         /* only inner loop */
            if ((i + j) % 2) continue;
            printf("(%d,%d)", i, j);
        }
    }
    printf("\n");
    i = 0;
    while (1) {
        i++;
        if (i < 5) continue;
        if (i > 7) break;
        printf("%d ", i);
    }
    printf("\n");
    int found = 0;
    for (i = 2; i < 50 && !found; i++)
        for (j = 2; j < i; j++)
            if (i * j == 91) { found = i; break; }
    printf("%d\n", found);
    return 0;
}
