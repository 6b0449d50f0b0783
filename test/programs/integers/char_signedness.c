#include <stdio.h>

int main(void) {
    char c = 0xff;
    printf("%d\n", c);
    printf("%d\n", c < 0);
    char arr[] = {(char)200, (char)127, (char)128, (char)255};
    int i;
    for (i = 0; i < 4; i++) printf("%d ", arr[i]);
    printf("\n");
    const char *s = "\xe9\x80";
    printf("%d %d\n", s[0], s[1]);
    printf("%d %d\n", (unsigned char)s[0], (unsigned char)s[1]);
    c = 'A';
    printf("%d\n", c);
    return 0;
}
