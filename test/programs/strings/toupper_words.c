#include <stdio.h>
#include <ctype.h>

int main(void) {
    char s[] = "hello big   world, from c99!";
    int i, start = 1;
    for (i = 0; s[i]; i++) {
        if (isalpha((unsigned char)s[i])) {
            if (start) s[i] = (char)toupper((unsigned char)s[i]);
            start = 0;
        } else start = 1;
    }
    printf("%s\n", s);
    for (i = 0; s[i]; i++) s[i] = (char)tolower((unsigned char)s[i]);
    printf("%s\n", s);
    return 0;
}
