#include <stdio.h>

int main(void) {
    const char *names[] = {"widget", "gadget", "doohickey", "x"};
    int qty[] = {5, 120, 7, 10000};
    int cents[] = {199, 2500, 5, 1};
    int i;
    printf("%-10s|%6s|%10s\n", "item", "qty", "price");
    printf("%.10s+%.6s+%.10s\n", "----------", "------", "----------");
    for (i = 0; i < 4; i++)
        printf("%-10s|%6d|%7d.%02d\n", names[i], qty[i], cents[i] / 100, cents[i] % 100);
    for (i = 0; i < 16; i++) printf("%2d=%-3o%c", i, i, i % 4 == 3 ? '\n' : ' ');
    for (i = 250; i < 260; i++) printf("%#06x ", i);
    printf("\n");
    return 0;
}
