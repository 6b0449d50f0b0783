#include <stdio.h>

int main(void) {
    const char *s = "Hello, World! 123\t?";
    int upper = 0, lower = 0, digit = 0, space = 0, punct = 0, other = 0;
    for (; *s; s++) {
        switch (*s) {
        case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': case 'H':
        case 'I': case 'J': case 'K': case 'L': case 'M': case 'N': case 'O': case 'P':
        case 'Q': case 'R': case 'S': case 'T': case 'U': case 'V': case 'W': case 'X':
        case 'Y': case 'Z': upper++; break;
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9': digit++; break;
        case ' ': case '\t': space++; break;
        case ',': case '!': case '?': punct++; break;
        default:
            if (*s >= 'a' && *s <= 'z') lower++; else other++;
        }
    }
    printf("%d %d %d %d %d %d\n", upper, lower, digit, space, punct, other);
    char c = (char)0xe9;
    switch (c) {
    case (char)0xe9: printf("matched negative char\n"); break;
    default: printf("no match\n");
    }
    return 0;
}
