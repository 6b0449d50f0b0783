#include <stdio.h>

int main(void) {
    const char *art =
        "  /\\_/\\\n"
        " ( o.o )\n"
        "  > ^ <\n";
    printf("%s", art);
    const char *t = "a\
b\
c";
    printf("%s\n", t);
    int lines = 0;
    const char *p;
    for (p = art; *p; p++) if (*p == '\n') lines++;
    printf("%d\n", lines);
    return 0;
}
