#include <stdio.h>

#define SIZE 10
#define DOUBLE_SIZE (SIZE * 2)
#define GREETING "hi"
#define EMPTY
#define NEG -1
#define EXPR 1 + 2

int main(void) {
    int a[SIZE];
    printf("%d %d\n", (int)(sizeof a / sizeof a[0]), DOUBLE_SIZE);
    printf("%s\n", GREETING);
    EMPTY printf("empty ok\n"); EMPTY
    printf("%d\n", -NEG);          /* - -1, not --1 */
    printf("%d\n", EXPR * 3);      /* 1 + 2 * 3 = 7: no implicit parentheses */
    return 0;
}
