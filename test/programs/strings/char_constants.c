#include <stdio.h>

int main(void) {
    printf("%d %d %d %d\n", 'a', 'A', '0', ' ');
    printf("%d %d %d\n", '\n', '\t', '\\');
    printf("%d %d\n", '\'', '"');
    printf("%d\n", (int)sizeof('a'));
    printf("%c%c%c\n", 72, 105, 33);
    char c = '\x41';
    printf("%c %d\n", c, c);
    printf("%d\n", '\377');
    printf("%d\n", 'z' > 'a');
    int i = 'a' + 'b';
    printf("%d\n", i);
    return 0;
}
