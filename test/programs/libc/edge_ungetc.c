#include <stdio.h>
#include <string.h>

/* ungetc: several pushbacks in a row (glibc takes them all, LIFO), at EOF, before any
   read, and its interplay with fgets, scanf and feof. */
int main(void) {
    char buf[16];
    int i, c, r, a = 0;
    r = ungetc('a', stdin);                 /* before the first read */
    printf("%d ", r);
    r = ungetc('b', stdin);
    printf("%d\n", r);
    for (i = 0; i < 3; i++) printf("%d ", getchar());
    printf("\n");
    for (i = 0; i < 5; i++) printf("%d ", ungetc('0' + i, stdin));
    printf("\n");
    for (i = 0; i < 7; i++) printf("%c", getchar());
    printf("\n");
    ungetc('7', stdin);
    ungetc('-', stdin);
    r = scanf("%d", &a);
    printf("%d %d\n", r, a);
    ungetc('!', stdin);
    ungetc('?', stdin);
    printf("%d [%s]\n", fgets(buf, sizeof buf, stdin) == buf, buf);
    while ((c = getchar()) != EOF) putchar(c);
    printf("eof %d\n", feof(stdin) != 0);
    r = ungetc('x', stdin);
    printf("%d ", r);
    r = ungetc('y', stdin);
    printf("%d %d\n", r, feof(stdin) != 0);
    c = getchar();
    printf("%d ", c);
    c = getchar();
    printf("%d ", c);
    c = getchar();
    printf("%d %d\n", c, feof(stdin) != 0);
    r = ungetc(EOF, stdin);
    printf("%d ", r);
    r = ungetc(0x141, stdin);
    printf("%d\n", r);
    printf("%d\n", getchar());
    memset(buf, 0, sizeof buf);
    printf("%d\n", (int)fread(buf, 1, sizeof buf, stdin));
    return 0;
}
