#include <stdio.h>

int main(void) {
    printf("%d %d %d\n", 0x10, 010, 10);
    printf("%d %d\n", 0xff, 0377);
    printf("%d\n", 0XaBc);
    printf("%d\n", 0);
    printf("%d\n", 00);
    printf("%d\n", 0x0);
    printf("%d\n", 0777 + 0x1 + 1);
    printf("%x %X %o\n", 3054, 3054, 3054);
    return 0;
}
