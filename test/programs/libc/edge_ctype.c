#include <stdio.h>
#include <ctype.h>

/* Every ctype function on EOF and 0..255: which values, and exactly what they return. */
static int call(int k, int c) {
    switch (k) {
    case 0: return isalnum(c);
    case 1: return isalpha(c);
    case 2: return isblank(c);
    case 3: return iscntrl(c);
    case 4: return isdigit(c);
    case 5: return isgraph(c);
    case 6: return islower(c);
    case 7: return isprint(c);
    case 8: return ispunct(c);
    case 9: return isspace(c);
    case 10: return isupper(c);
    case 11: return isxdigit(c);
    case 12: return toupper(c);
    default: return tolower(c);
    }
}

int main(void) {
    const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
                           "print", "punct", "space", "upper", "xdigit", "toupper", "tolower"};
    int k, c;
    for (k = 0; k < 14; k++) {
        unsigned hash = 0;
        int count = 0, first = -2, last = -2;
        for (c = -1; c <= 255; c++) {
            int r = call(k, c);
            int hit = k < 12 ? r != 0 : r != c;
            hash = hash * 31u + (unsigned)r;
            if (hit) {
                count++;
                if (first == -2) first = c;
                last = c;
            }
        }
        printf("%-7s n=%3d first=%3d last=%3d hash=%08x eof=%d val=%d\n", names[k], count, first, last,
               hash, call(k, EOF), call(k, k < 12 ? 'a' + 0 * k : 'm'));
    }
    printf("%d %d %d %d\n", isspace('\v'), isspace('\f'), isblank('\t'), isprint(' '));
    printf("%d %d %d %d\n", isgraph(' '), ispunct('_'), iscntrl(127), isxdigit('G'));
    printf("%d %d %d %d\n", toupper(200), tolower(200), toupper(EOF), tolower('@'));
    printf("%d %d\n", toupper('['), tolower('`'));
    return 0;
}
