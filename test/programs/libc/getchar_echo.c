#include <stdio.h>

int main(void) {
    int c, lines = 0, chars = 0;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') lines++;
        if (c >= 'a' && c <= 'z') c -= 32;
        putchar(c);
    }
    printf("lines=%d chars=%d\n", lines, chars);
    printf("%d\n", getchar() == EOF);
    return 0;
}
