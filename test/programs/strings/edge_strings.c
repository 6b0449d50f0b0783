#include <stdio.h>
#include <string.h>
int main(void) {
    const char *s = "ab" "cd" "\x41" "\101" "\0x";
    printf("%s %d\n", s, (int)sizeof("ab" "cd" "\x41" "\101" "\0x"));
    printf("%d %d %d\n", '\377', (unsigned char)'\377', '\x7f');
    printf("%d %d %d %d\n", '\a', '\b', '\f', '\v');
    printf("%d\n", "\x12" "3"[0]);
    printf("%d\n", (int)strlen("\x12" "3"));
    printf("%d %d\n", '\'', "\"\\"[1]);
    printf("%d\n", "hello"[4]);
    printf("%c\n", 2["xyz"]);
    char a[] = "hi\0there"; printf("%d %d\n", (int)sizeof a, (int)strlen(a));
    char b[4] = "abcd"; printf("%c%c\n", b[0], b[3]);
    char c[6] = "ab"; printf("%d %d\n", c[2], c[5]);
    char d[2][4] = {"ab", "xyz"}; printf("%s %s\n", d[0], d[1]);
    const char *t[] = {"one", "two" "three"}; printf("%s\n", t[1]);
    printf("%s\n", "??" "(");
    printf("%d\n", 'ab' == 'ab');
    printf("%d\n", (int)sizeof('a'));
    printf("%s\n", "tab\there");
    printf("%d\n", "\1234"[0]);
    printf("%d\n", (int)sizeof("\1234"));
    return 0;
}
