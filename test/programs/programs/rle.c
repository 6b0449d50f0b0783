#include <stdio.h>
#include <string.h>
#include <ctype.h>

int encode(const char *in, char *out) {
    char *o = out;
    while (*in) {
        char c = *in;
        int n = 0;
        while (*in == c && n < 9) { in++; n++; }
        if (n > 1) *o++ = (char)('0' + n);
        *o++ = c;
    }
    *o = 0;
    return (int)(o - out);
}

int decode(const char *in, char *out) {
    char *o = out;
    while (*in) {
        int n = 1;
        if (isdigit((unsigned char)*in)) n = *in++ - '0';
        while (n--) *o++ = *in;
        in++;
    }
    *o = 0;
    return (int)(o - out);
}

int main(void) {
    const char *tests[] = {"aaabccddddd", "abc", "", "zzzzzzzzzzzzzzzzzzzzzz", "aabbaabb", "x"};
    char enc[100], dec[100];
    int i;
    for (i = 0; i < 6; i++) {
        int el = encode(tests[i], enc);
        int dl = decode(enc, dec);
        printf("[%s] -> [%s] (%d) -> [%s] (%d) %s\n", tests[i], enc, el, dec, dl,
               strcmp(tests[i], dec) == 0 ? "ok" : "MISMATCH");
    }
    return 0;
}
