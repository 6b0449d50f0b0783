#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *in[] = {"0", "-0", "+0", "   42", "\t\n 17", "12abc", "-", "+", " - 5", "2147483647", "-2147483648", "007", "0x10"};
    int i;
    for (i = 0; i < 13; i++) printf("[%s] -> %d\n", in[i], atoi(in[i]));
    char *end;
    const char *s = "   ";
    long v = strtol(s, &end, 10);
    printf("%ld %d\n", v, (int)(end - s));      /* no conversion: end == s */
    s = "  +12x";
    v = strtol(s, &end, 10);
    printf("%ld %d\n", v, (int)(end - s));
    s = "0x";
    v = strtol(s, &end, 16);
    printf("%ld %d\n", v, (int)(end - s));
    return 0;
}
