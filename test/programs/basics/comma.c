#include <stdio.h>

int counter = 0;
int bump(void) { return ++counter; }

int main(void) {
    int a, b;
    a = (1, 2, 3);
    printf("%d\n", a);
    b = (a++, a * 10);
    printf("%d %d\n", a, b);
    int i, j;
    for (i = 0, j = 10; i < j; i += 3, j -= 2)
        printf("%d,%d ", i, j);
    printf("\n");
    int r = (bump(), bump(), bump());
    printf("%d %d\n", r, counter);
    a = 1;
    a = (a += 5, a * 2);
    printf("%d\n", a);
    return 0;
}
