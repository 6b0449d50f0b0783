/* Adjacent string literals are concatenated after escapes are processed, so "\x4" "1"
   is two characters, not "\x41". */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *s = "ab" "cd" "\x41" "B" "\0" "x";
    printf("%s %u\n", s, (unsigned)sizeof("ab" "cd" "\x41" "B" "\0" "x"));
    const char *t = "\x4" "1" "\101" "\0" "z";
    printf("%d %d %d %d %d %u\n", t[0], t[1], t[2], t[3], t[4], (unsigned)sizeof("\x4" "1"));
    printf("%s\n", "con" /* a comment between */ "cat"
           "enated");
    char buf[] = "a" "b" "c";
    printf("%u %s %u\n", (unsigned)sizeof buf, buf, (unsigned)strlen("" "" "x" ""));
    return 0;
}
