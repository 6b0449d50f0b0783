#include <stdio.h>

const char *kind(int x) {
    switch (x) {
    case 0: return "zero";
    default: return "other";
    case 1: return "one";
    case -1: return "minus one";
    }
}

int fallthrough_default(int x) {
    int r = 0;
    switch (x) {
    case 1: r += 1;
    default: r += 10;
    case 2: r += 100;
    }
    return r;
}

int main(void) {
    printf("%s %s %s %s\n", kind(0), kind(1), kind(-1), kind(5));
    printf("%d %d %d\n", fallthrough_default(1), fallthrough_default(2), fallthrough_default(3));
    return 0;
}
