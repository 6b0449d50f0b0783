#include <stdio.h>

int main(void) {
    int a[10];
    int i;
    for (i = 0; i < 10; i++) a[i] = i * i;
    for (i = 9; i >= 0; i--) printf("%d ", a[i]);
    printf("\n");
    int sum = 0;
    for (i = 0; i < 10; i++) sum += a[i];
    printf("%d\n", sum);
    a[a[2]] = -1;
    printf("%d\n", a[4]);
    return 0;
}
