#include <stdio.h>

const char *day(int d) {
    static const char *names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    return d >= 0 && d < 7 ? names[d] : "???";
}

int main(void) {
    int i;
    for (i = -1; i <= 7; i++) printf("%s ", day(i));
    printf("\n");
    const char *s = "literal";
    printf("%c %c %s\n", s[0], *(s + 3), s + 4);
    printf("%d\n", (int)sizeof(s));
    const char *t = s;
    int n = 0;
    while (*t++) n++;
    printf("%d\n", n);
    return 0;
}
