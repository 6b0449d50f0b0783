#include <stdio.h>

int *history(int v) {
    static int h[5];
    static int n;
    h[n % 5] = v;
    n++;
    return h;
}

int main(void) {
    int i;
    int *h = 0;
    for (i = 1; i <= 7; i++) h = history(i * i);
    for (i = 0; i < 5; i++) printf("%d ", h[i]);
    printf("\n");
    return 0;
}
