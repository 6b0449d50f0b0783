#include <stdio.h>

int main(void) {
    char c = 'a';
    printf("%c%c%c\n", c, c + 1, c + 25);
    printf("%d\n", 'z' - 'a');
    printf("%d\n", '9' - '0');
    char d = '7';
    int digit = d - '0';
    printf("%d\n", digit * 6);
    char up = 'q' - 'a' + 'A';
    printf("%c\n", up);
    int i;
    for (c = 'A'; c <= 'F'; c++) putchar(c);
    putchar('\n');
    for (i = 0; i < 26; i += 5) printf("%c", 'a' + i);
    printf("\n");
    char x = 100, y = 100;
    int sum = x + y;    /* promoted: no overflow in int */
    printf("%d\n", sum);
    char z = x + y;     /* truncated on store */
    printf("%d\n", z);
    return 0;
}
