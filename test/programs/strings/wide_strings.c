/* Wide string literals (C99 6.4.5): arrays of wchar_t (4 bytes here), one wide piece
   makes a concatenation wide, escapes and UCNs give code points. */
#include <stdio.h>
#include <stddef.h>

wchar_t g[] = L"global";
const wchar_t *gp = L"ptr" "cat";
struct s { int n; wchar_t w[6]; } st = { 7, L"abc" };
wchar_t codes[] = L"\u00e9\u20ac\x1F600\101";

static int wlen(const wchar_t *s) {
    int n = 0;
    while (s[n]) n++;
    return n;
}

int main(void) {
    wchar_t loc[] = L"local";
    wchar_t padded[10] = L"ab";
    wchar_t exact[3] = L"xyz"; /* no room for the NUL: allowed, as for char arrays */
    printf("%d %d %d %d %d\n", (int)sizeof g, (int)sizeof L"ab", (int)sizeof loc, (int)(sizeof padded / sizeof padded[0]), (int)sizeof exact);
    printf("%ls|%ls|%ls|%ls %d\n", g, gp, loc, st.w, st.n);
    printf("%d %d %d\n", wlen(g), wlen(gp), wlen(L""));
    for (int i = 0; codes[i]; i++) printf("%x ", (unsigned)codes[i]);
    printf("%d %d %d %c%c%c\n", padded[1], padded[2], padded[9], (char)exact[0], (char)exact[1], (char)exact[2]);
    printf("%d\n", L"same" == L"same" ? 1 : 1);
    return 0;
}
