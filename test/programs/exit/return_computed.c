#include <stdio.h>

int checksum(const char *s) { int h = 0; while (*s) h = (h * 31 + *s++) % 251; return h; }

int main(void) {
    int c = checksum("minic conformance");
    printf("%d\n", c);
    return c;
}
