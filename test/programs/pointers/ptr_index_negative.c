#include <stdio.h>

int main(void) {
    int a[7] = {0, 10, 20, 30, 40, 50, 60};
    int *mid = &a[3];
    int i;
    for (i = -3; i <= 3; i++) printf("%d ", mid[i]);
    printf("\n");
    printf("%d\n", *(mid - 2));
    printf("%d\n", (-1)[mid]);
    char s[] = "abcdef";
    char *e = s + 5;
    while (e >= s + 1) { putchar(*e); e--; }
    putchar(*e);
    putchar('\n');
    return 0;
}
