#include <stdio.h>

int main(void) {
    const char *s = "hello";
    printf("%s|%10s|%-10s|%.3s|%10.3s|\n", s, s, s, s, s);
    printf("%c|%3c|%-3c|\n", 'a', 'b', 'c');
    printf("%s%s%s\n", "a", "", "b");
    printf("%5s|\n", "");
    char buf[] = {'x', 'y', 0, 'z'};
    printf("%s\n", buf);
    printf("%c", '\n');
    printf("%d %c\n", 'A', 65);
    printf("%s\n", "tab\there");
    return 0;
}
