#include <stdio.h>

int main(void) {
    puts("puts adds a newline");
    puts("");
    int r = putchar('A');
    putchar('\n');
    printf("%d\n", r);
    r = putchar(256 + 'B');     /* converted to unsigned char */
    putchar('\n');
    printf("%d\n", r);
    const char *s = "char by char\n";
    while (*s) putchar(*s++);
    fputs("fputs no newline", stdout);
    fputs("\n", stdout);
    fputc('Z', stdout);
    putc('\n', stdout);
    fprintf(stdout, "%s %d\n", "fprintf", 5);
    fprintf(stderr, "this goes to stderr and is not compared\n");
    return 0;
}
