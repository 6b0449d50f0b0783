#include <stdio.h>

int main(void) {
    int x = 3;
    printf("%d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long));
    printf("%d %d\n", (int)sizeof(long long), (int)sizeof(void *));
    printf("%d\n", (int)sizeof x);
    printf("%d\n", (int)sizeof(x + 1));
    printf("%d\n", (int)sizeof(x++));     /* operand not evaluated */
    printf("%d\n", x);
    printf("%d\n", (int)sizeof 'a');      /* char constants have type int */
    printf("%d\n", (int)sizeof "hello");
    return 0;
}
