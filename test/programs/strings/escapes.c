#include <stdio.h>

int main(void) {
    printf("tab:\t|\n");
    printf("backslash: \\ quote: \" apostrophe: \' \n");
    printf("hex: \x41\x42\x43 octal: \101\102\103 \60\061\0062\n");
    const char *s = "\a\b\f\n\r\t\v\\\'\"\?";
    while (*s) printf("%d ", *s++);
    printf("\n");
    printf("%d %d %d\n", '\0', '\x7f', '\177');
    printf("%d\n", (int)sizeof("a\0b"));
    char nul[] = "ab\0cd";
    printf("%s %d\n", nul, (int)sizeof nul);
    printf("%d\n", "\x4a"[0]);
    printf("%d\n", "\1234"[0]);          /* octal escape stops after 3 digits */
    printf("%d\n", (int)sizeof("\1234"));
    printf("100%%\n");
    return 0;
}
