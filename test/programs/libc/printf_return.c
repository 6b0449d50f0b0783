#include <stdio.h>

int main(void) {
    int n = printf("hello\n");
    printf("%d\n", n);
    n = printf("%d|%s|%c\n", -123, "abc", 'z');
    printf("%d\n", n);
    n = printf("");
    printf("%d\n", n);
    n = printf("%10d\n", 1);
    printf("%d\n", n);
    return 0;
}
