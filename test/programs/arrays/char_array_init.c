#include <stdio.h>

int main(void) {
    char a[] = "abc";
    char b[3] = "abc";      /* exactly fits, no NUL */
    char c[6] = "abc";      /* rest zero */
    char d[] = {'a', 'b', 'c'};
    char e[4] = {'x'};
    printf("%d %d %d %d %d\n", (int)sizeof a, (int)sizeof b, (int)sizeof c, (int)sizeof d, (int)sizeof e);
    int i;
    for (i = 0; i < 3; i++) putchar(b[i]);
    putchar('\n');
    for (i = 0; i < 6; i++) printf("%d ", c[i]);
    printf("\n");
    printf("%s|%d%d%d\n", e, e[1], e[2], e[3]);
    char s[] = "hi\0there";
    printf("%d %s %s\n", (int)sizeof s, s, s + 3);
    char m[2][6] = {"one", "two"};
    printf("%s %s\n", m[0], m[1]);
    char w[][8] = {"short", "longer!", ""};
    printf("%d %s %s [%s]\n", (int)sizeof w, w[0], w[1], w[2]);
    a[0] = 'X';
    printf("%s\n", a);
    return 0;
}
