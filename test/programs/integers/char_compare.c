#include <stdio.h>

int main(void) {
    char a = -10;
    unsigned char b = 246;
    printf("%d\n", a == b);
    printf("%d\n", (unsigned char)a == b);
    printf("%d\n", a == (char)b);
    printf("%d\n", a < 'A');
    printf("%d\n", b > 'A');
    char s[] = "\x80";
    printf("%d\n", s[0] < 0);
    printf("%d\n", '\xff' == -1);
    printf("%d\n", '\377');
    return 0;
}
