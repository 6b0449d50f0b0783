#include <stdio.h>

/* How sscanf's integer conversions treat "0x" prefixes, signs and widths. */
static void x(const char *in, const char *fmt) {
    unsigned v = 12345;
    int n = -1;
    int r = sscanf(in, fmt, &v, &n);
    printf("%-8s %-6s r=%d v=%u n=%d\n", in, fmt, r, v, n);
}

int main(void) {
    x("0x", "%x%n");
    x("0X", "%i%n");
    x("0xg", "%x%n");
    x("0xg", "%i%n");
    x("0x1f", "%2x%n");
    x("0x1f", "%3x%n");
    x("0x1f", "%1x%n");
    x("-0x1f", "%3x%n");
    x("-0x1f", "%2i%n");
    x("-", "%1d%n");
    x("-5", "%1d%n");
    x("+5", "%2u%n");
    x("08", "%i%n");
    x("0", "%i%n");
    x("0x", "%d%n");
    x("x1", "%x%n");
    x("0x0x1", "%x%n");
    x("1f", "%o%n");
    x("z", "%i%n");
    x("Zz", "%x%n");
    x(" \t\n5", "%u%n");
    return 0;
}
