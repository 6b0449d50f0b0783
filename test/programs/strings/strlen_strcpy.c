#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[32];
    printf("%d %d %d\n", (int)strlen(""), (int)strlen("a"), (int)strlen("hello world"));
    char *r = strcpy(buf, "copy me");
    printf("%s %d\n", buf, r == buf);
    strcpy(buf + 5, "ME");
    printf("%s\n", buf);
    char n[10];
    memset(n, 'x', sizeof n);
    strncpy(n, "abc", 6);               /* pads with NULs to 6 */
    int i;
    for (i = 0; i < 10; i++) printf("%d ", n[i]);
    printf("\n");
    char m[4];
    strncpy(m, "abcdef", 4);            /* no NUL written */
    for (i = 0; i < 4; i++) putchar(m[i]);
    putchar('\n');
    r = strncpy(buf, "xy", 0);
    printf("%d %s\n", r == buf, buf);
    return 0;
}
