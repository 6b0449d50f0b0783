#include <stdio.h>

int main(void) {
    int vals[] = {0, 1, -1, 2, 100};
    int i, j;
    for (i = 0; i < 5; i++) {
        for (j = 0; j < 5; j++)
            printf("%d%d%d ", vals[i] && vals[j], vals[i] || vals[j], !vals[i]);
        printf("\n");
    }
    printf("%d %d %d %d %d %d\n", 3 < 4, 3 > 4, 3 <= 3, 3 >= 4, 3 == 3, 3 != 3);
    int r = (5 > 3) + (2 > 1) + (1 > 2);
    printf("%d\n", r);
    char *s = "x";
    printf("%d %d\n", !s, !!s);
    return 0;
}
