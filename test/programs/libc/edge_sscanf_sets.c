#include <stdio.h>
#include <string.h>

/* How %[...] reads its set: leading ']' and '-', ranges, chained and falling ranges. */
static void t(const char *in, const char *fmt) {
    char s[32];
    int n = -1, r;
    memset(s, 0, sizeof s);
    r = sscanf(in, fmt, s, &n);
    printf("%-10s %-12s r=%d [%s] n=%d\n", in, fmt, r, s, n);
}

int main(void) {
    t("a-z]b^c", "%[z-a]%n");
    t("a-z]b^c", "%[a-c-z]%n");
    t("a-z]b^c", "%[^]]%n");
    t("a-z]b^c", "%[a-]%n");
    t("-a-z", "%[-]%n");
    t("]]-a", "%[]-a]%n");
    t("]^_`a-", "%[]-a]%n");
    t("xy-z", "%[^-]%n");
    t("aab", "%[a-a]%n");
    t("-./z{", "%[--z]%n");
    t("]]x", "%[]]%n");
    t("b-a", "%[b-a]%n");
    t("ab-", "%[a-z-]%n");
    t("---", "%[]a-]%n");
    t("x]-a", "%[^]-a]%n");
    t("hello, world", "%[^,], %n");
    t("AbC9", "%[A-Za-z]%n");
    t("12ab", "%3[0-9a-f]%n");
    t("\x01\x7f", "%[\x01-\x7f]%n");
    t("^^x", "%[x^]%n");
    return 0;
}
