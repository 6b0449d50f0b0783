#include <stdio.h>
#include <ctype.h>

int main(void) {
    int c;
    /* one line per predicate: the characters (as a bitmap in hex digits) for which it holds */
    const char *names[] = {"alnum", "alpha", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"};
    int k;
    for (k = 0; k < 11; k++) {
        printf("%-6s ", names[k]);
        int count = 0;
        unsigned word = 0;
        for (c = 0; c < 128; c++) {
            int r;
            switch (k) {
            case 0: r = isalnum(c); break;
            case 1: r = isalpha(c); break;
            case 2: r = iscntrl(c); break;
            case 3: r = isdigit(c); break;
            case 4: r = isgraph(c); break;
            case 5: r = islower(c); break;
            case 6: r = isprint(c); break;
            case 7: r = ispunct(c); break;
            case 8: r = isspace(c); break;
            case 9: r = isupper(c); break;
            default: r = isxdigit(c); break;
            }
            if (r) { count++; word |= 1u << (c % 32); }
            if (c % 32 == 31) { printf("%08x", word); word = 0; }
        }
        printf(" %d\n", count);
    }
    for (c = 0; c < 128; c++) {
        if (toupper(c) != (islower(c) ? c - 32 : c)) printf("toupper mismatch %d\n", c);
        if (tolower(c) != (isupper(c) ? c + 32 : c)) printf("tolower mismatch %d\n", c);
    }
    printf("%c%c%c%c\n", toupper('a'), tolower('Q'), toupper('5'), tolower('!'));
    printf("%d\n", isalpha(EOF) != 0);
    return 0;
}
