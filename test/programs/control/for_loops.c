#include <stdio.h>

int main(void) {
    for (int i = 0; i < 3; i++) printf("%d ", i);
    printf("\n");
    int i = 100;
    for (int i = 5; i > 0; i -= 2) printf("%d ", i);
    printf("\n%d\n", i);
    int n = 0;
    for (;;) { if (++n >= 7) break; }
    printf("%d\n", n);
    int a, b;
    for (a = 0, b = 10; a < b; a++, b--) ;
    printf("%d %d\n", a, b);
    for (int x = 0, y = 1; x < 50; x += y, y *= 2) printf("%d ", x);
    printf("\n");
    int count = 0;
    for (int r = 0; r < 4; r++)
        for (int c = r; c < 4; c++) count++;
    printf("%d\n", count);
    return 0;
}
