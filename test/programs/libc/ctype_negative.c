#include <stdio.h>
#include <ctype.h>

/*
 * ctype on negative arguments, as a plain char holding a byte >= 0x80 gives them: glibc's
 * tables extend down to -128, so toupper/tolower map -128..-2 to c + 256 (the unsigned
 * byte, which the C locale leaves alone) and keep EOF; outside -128..255 they return c.
 * The is* functions answer 0 for all of -128..-1.
 */
static int classes(int c) {
    int bits = 0;
    bits |= (isalnum(c) != 0) << 0;
    bits |= (isalpha(c) != 0) << 1;
    bits |= (isblank(c) != 0) << 2;
    bits |= (iscntrl(c) != 0) << 3;
    bits |= (isdigit(c) != 0) << 4;
    bits |= (isgraph(c) != 0) << 5;
    bits |= (islower(c) != 0) << 6;
    bits |= (isprint(c) != 0) << 7;
    bits |= (ispunct(c) != 0) << 8;
    bits |= (isspace(c) != 0) << 9;
    bits |= (isupper(c) != 0) << 10;
    bits |= (isxdigit(c) != 0) << 11;
    return bits;
}

int main(void) {
    int c, n = 0;
    for (c = -129; c <= 255; c++) {
        printf("%d:%d,%d%s", c, toupper(c), tolower(c), ++n % 8 == 0 ? "\n" : " ");
    }
    printf("\nEOF:%d,%d far:%d,%d,%d,%d\n", toupper(EOF), tolower(EOF), toupper(-1000), tolower(-1000),
           toupper(256), tolower(1000));
    n = 0;
    for (c = -128; c <= -1; c++) {
        if (classes(c) != 0) {
            printf("class %d: %03x\n", c, classes(c));
            n++;
        }
    }
    printf("%d of -128..-1 in some class; 'a' in %03x\n", n, classes('a'));
    {
        char s[] = "\xe9t\xc9 caf\xe9";
        unsigned i;
        for (i = 0; s[i] != '\0'; i++) printf("%d ", toupper(s[i]));
        printf("\n");
    }
    return 0;
}
