#include <stdio.h>
#include <string.h>

/* Return values of the stdio calls, fgets/fread/ungetc at the edges, %n. */
int main(void) {
    char buf[8];
    char *r;
    int n, c;
    n = puts("x");
    printf("puts %d\n", n >= 0);
    n = fputs("", stdout);
    printf("fputs %d\n", n >= 0);
    n = putchar(-1);
    printf("\nputchar %d\n", n);
    n = fputc(0x1ff, stdout);
    printf("\nfputc %d\n", n);
    n = (int)fwrite("abcdef", 2, 3, stdout);
    printf(" fwrite %d\n", n);
    n = (int)fwrite("abc", 0, 3, stdout);
    printf("fwrite0 %d %d\n", n, (int)fwrite("abc", 3, 0, stdout));
    memset(buf, 'q', sizeof buf);
    r = fgets(buf, 1, stdin);
    printf("fgets1 %d %d\n", r == buf, buf[0]);
    r = fgets(buf, sizeof buf, stdin);
    printf("fgets [%s] %d\n", r ? buf : "(null)", r == buf);
    r = fgets(buf, sizeof buf, stdin);
    printf("fgets [%s]\n", buf);
    r = fgets(buf, 4, stdin);
    printf("fgets [%s]\n", buf);
    c = getchar();
    printf("getchar %d\n", c);
    printf("ungetc %d\n", ungetc('Z', stdin));
    printf("getchar %c\n", getchar());
    printf("ungetc EOF %d\n", ungetc(EOF, stdin));
    n = (int)fread(buf, 1, 3, stdin);
    buf[n] = 0;
    printf("fread %d [%s]\n", n, buf);
    n = (int)fread(buf, 2, 3, stdin);
    printf("fread %d %d\n", n, feof(stdin) != 0);
    memset(buf, 'q', sizeof buf);
    r = fgets(buf, sizeof buf, stdin);
    printf("fgets eof %d %d %d\n", r == NULL, buf[0], feof(stdin) != 0);
    c = getchar();
    printf("getchar %d %d\n", c, ferror(stdin));
    clearerr(stdin);
    printf("feof %d\n", feof(stdin));
    n = ungetc('k', stdin);
    c = getc(stdin);
    printf("ungetc %d getc %d", n, c);
    printf(" getc %d\n", getc(stdin));
    {
        signed char hh = 0;
        short h = 0;
        int i = 0;
        long long ll = 0;
        n = printf("abc%hhn de%hnf%n %lln\n", &hh, &h, &i, &ll);
        printf("%d %d %d %d %lld\n", n, hh, h, i, ll);
        n = sprintf(buf, "%s%n", "", &i);
        printf("%d %d\n", n, i);
    }
    return 0;
}
