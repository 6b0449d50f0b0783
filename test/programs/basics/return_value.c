#include <stdio.h>

int main(void) {
    int a = 6, b = 7;
    printf("%d\n", a * b);
    return a * b;
}
